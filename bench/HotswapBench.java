import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces the template material's jar in deploy/ N times, each a new Bundle-Version, while one client polls
 * GET /api/materials and another keeps runs going that use the material; prints failed runs, failed requests,
 * swaps the listing never showed, and the heap after a full GC (with the number of the material's classes
 * still loaded) at the start, half-way and the end.
 * usage: java HotswapBench.java PORT TOKEN DEPLOY_DIR TEMPLATE_JAR SERVER_PID N
 */
public class HotswapBench {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] a) throws Exception {
        String base = "http://127.0.0.1:" + a[0];
        String token = a[1];
        Path deploy = Path.of(a[2]);
        Path template = Path.of(a[3]);
        String pid = a[4];
        int n = Integer.parseInt(a[5]);
        Path dropped = deploy.resolve("pvdf-material.jar");
        Path staged = deploy.getParent().resolve("pvdf-staged.jar");
        swap(template, staged, dropped, "1.0.0");
        await(base, "1.0.0", 20_000);

        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger polls = new AtomicInteger();
        AtomicInteger failedPolls = new AtomicInteger();
        List<String> pollProblems = new ArrayList<>();
        Thread poller = new Thread(() -> {
            while (!stop.get()) {
                try {
                    int s = get(base + "/api/materials").statusCode();
                    polls.incrementAndGet();
                    if (s != 200) {
                        failedPolls.incrementAndGet();
                        synchronized (pollProblems) {
                            pollProblems.add("GET /api/materials " + s);
                        }
                    }
                } catch (Exception e) {
                    failedPolls.incrementAndGet();
                }
            }
        });
        AtomicInteger runs = new AtomicInteger();
        AtomicInteger failedRuns = new AtomicInteger();
        List<String> runProblems = new ArrayList<>();
        Thread runner = new Thread(() -> {
            while (!stop.get()) {
                try {
                    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/runs"))
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(RECIPE)).timeout(Duration.ofSeconds(30)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 429) {
                        Thread.sleep(200);
                        continue;
                    }
                    Matcher id = Pattern.compile("\"id\": \"([^\"]+)\"").matcher(r.body());
                    if (r.statusCode() != 202 || !id.find()) {
                        failedRuns.incrementAndGet();
                        runProblems.add("POST /api/runs " + r.statusCode() + " " + r.body());
                        continue;
                    }
                    String state = "";
                    for (int k = 0; k < 600 && !state.matches("done|failed|cancelled|interrupted"); k++) {
                        Thread.sleep(100);
                        Matcher m = Pattern.compile("\"state\": \"([a-z]+)\"").matcher(get(base + "/api/runs/" + id.group(1)).body());
                        state = m.find() ? m.group(1) : "";
                    }
                    runs.incrementAndGet();
                    if (!state.equals("done")) {
                        failedRuns.incrementAndGet();
                        runProblems.add("run " + id.group(1) + " ended " + state + ": "
                                + get(base + "/api/runs/" + id.group(1)).body().replace("\n", " "));
                    }
                } catch (Exception e) {
                    failedRuns.incrementAndGet();
                    runProblems.add(e.toString());
                }
            }
        });
        System.out.printf("swaps      heap after full GC   pvdf classes loaded%n");
        report(0, pid);
        poller.start();
        runner.start();
        int missed = 0;
        long t0 = System.nanoTime();
        for (int i = 1; i <= n; i++) {
            String version = "1.0." + i;
            swap(template, staged, dropped, version);
            if (!await(base, version, 10_000)) {
                missed++;
            }
            if (i == n / 2 || i == n) {
                stop.set(i == n);
                if (i == n) {
                    poller.join();
                    runner.join();
                }
                report(i, pid);
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%d swaps in %.0f s (%.0f ms each); listing never showed %d of them%n", n, seconds, 1000 * seconds / n, missed);
        System.out.printf("runs using pvdf: %d, failed %d; GET /api/materials: %d, failed %d%n", runs.get(), failedRuns.get(),
                polls.get(), failedPolls.get());
        runProblems.stream().limit(5).forEach(p -> System.out.println("  " + p));
        pollProblems.stream().limit(5).forEach(p -> System.out.println("  " + p));
    }

    static final String RECIPE = "{\"name\": \"hotswap\", \"area\": \"0.785 cm2\", \"temperature\": \"55 degC\", \"stackPressure\": \"375 MPa\", "
            + "\"layers\": [{\"material\": \"li-metal\", \"thickness\": \"20 um\"}, {\"composite\": {\"soft-carbon\": \"95 wt%\", "
            + "\"pvdf\": \"5 wt%\"}, \"thickness\": \"30 um\"}, {\"material\": \"lpscl\", \"mass\": \"80 mg\"}, {\"composite\": "
            + "{\"soft-carbon\": \"95 wt%\", \"pvdf\": \"5 wt%\"}, \"thickness\": \"30 um\"}, {\"material\": \"li-metal\", \"thickness\": \"20 um\"}], "
            + "\"protocol\": [\"Repeat 20 times: Plate at 1 mA/cm2 for 1 h; Strip at 1 mA/cm2 for 1 h\"]}";

    static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** True once GET /api/materials/pvdf names the bundle version. */
    static boolean await(String base, String version, long ms) throws Exception {
        long until = System.currentTimeMillis() + ms;
        while (System.currentTimeMillis() < until) {
            HttpResponse<String> r = get(base + "/api/materials/pvdf");
            if (r.statusCode() == 200 && r.body().contains("\"version\": \"" + version + "\"")) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    static void report(int swaps, String pid) throws Exception {
        run("jcmd", pid, "GC.run");
        String heap = run("jcmd", pid, "GC.heap_info");
        Matcher used = Pattern.compile("used (\\d+)K").matcher(heap);
        long kb = used.find() ? Long.parseLong(used.group(1)) : -1;
        long classes = run("jcmd", pid, "GC.class_histogram").lines().filter(l -> l.endsWith("org.example.material.Pvdf")).count();
        System.out.printf("%5d      %8.1f MB          %d%n", swaps, kb / 1024.0, classes);
    }

    static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return out;
    }

    /** The template with another Bundle-Version, moved over the dropped jar at once, as a rebuilt bundle would be. */
    static void swap(Path template, Path staged, Path dropped, String version) throws IOException {
        try (InputStream in = Files.newInputStream(template); JarInputStream jarIn = new JarInputStream(in)) {
            Manifest manifest = new Manifest(jarIn.getManifest());
            manifest.getMainAttributes().put(new Attributes.Name("Bundle-Version"), version);
            try (OutputStream out = Files.newOutputStream(staged); JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
                for (JarEntry entry = jarIn.getNextJarEntry(); entry != null; entry = jarIn.getNextJarEntry()) {
                    jarOut.putNextEntry(new JarEntry(entry.getName()));
                    jarIn.transferTo(jarOut);
                    jarOut.closeEntry();
                }
            }
        }
        Files.move(staged, dropped, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
