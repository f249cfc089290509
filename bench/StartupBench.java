import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Times the workbench as a researcher meets it: from launching the JVM to /api/health saying
 * {@code "ready":true} (every bundle active, every DS component satisfied), and from a material jar landing
 * in deploy/ to the material being listed (and, after deletion, unlisted). Prints medians over several
 * runs; asserts only that things happen at all.
 *
 * <p>The workbench is launched as a user launches it, {@code ./workbench start --port P --home H}. One
 * start before the measured ones warms the page cache; the bench fails if a start prints a line beginning
 * "warning:" or never says ready.
 *
 * usage: java bench/StartupBench.java CHECKOUT MATERIAL_JAR MATERIAL_ID [RUNS]
 */
public class StartupBench {
    public static void main(String[] args) throws Exception {
        Path checkout = Path.of(args[0]);
        Path jar = Path.of(args[1]);
        String id = args[2];
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 7;
        List<Double> starts = new ArrayList<>();
        List<Double> deploys = new ArrayList<>();
        List<Double> removals = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (int run = -1; run < runs; run++) {
            Path home = Files.createTempDirectory("interphase-bench");
            int port = freePort();
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(checkout.resolve("workbench").toString(), "start",
                    "--port", String.valueOf(port), "--home", home.toString())
                    .redirectErrorStream(true).redirectOutput(home.resolve("out.log").toFile()).start();
            try {
                double start = await(port, "/api/health", r -> r.matches("(?s).*\"ready\"\\s*:\\s*true.*"), t0, 30);
                if (run < 0) {
                    System.err.printf(Locale.ROOT, "warm-up start: ready in %.3f s%n", start);
                    continue;
                }
                starts.add(start);
                Path staged = home.resolve(jar.getFileName());
                Files.copy(jar, staged);
                long t1 = System.nanoTime();
                Files.move(staged, home.resolve("deploy").resolve(jar.getFileName()), StandardCopyOption.ATOMIC_MOVE);
                deploys.add(await(port, "/api/materials/" + id, r -> r.startsWith("HTTP/1.1 200"), t1, 10));
                long t2 = System.nanoTime();
                Files.delete(home.resolve("deploy").resolve(jar.getFileName()));
                removals.add(await(port, "/api/materials/" + id, r -> r.startsWith("HTTP/1.1 404"), t2, 10));
            } finally {
                p.destroy();
                if (!p.waitFor(15, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
                warnings.addAll(Files.readAllLines(home.resolve("out.log")).stream().filter(l -> l.startsWith("warning:")).toList());
                try (Stream<Path> files = Files.walk(home)) {
                    files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
            System.err.printf(Locale.ROOT, "run %d: start %.3f s, deploy %.3f s, removal %.3f s%n", run + 1,
                    starts.get(run), deploys.get(run), removals.get(run));
        }
        if (!warnings.isEmpty()) {
            throw new IllegalStateException("the workbench warned: " + String.join("; ", warnings));
        }
        System.out.printf(Locale.ROOT, "runs: %d%n", runs);
        System.out.printf(Locale.ROOT, "start to ready (/api/health):       median %.3f s (min %.3f, max %.3f)%n",
                median(starts), min(starts), max(starts));
        System.out.printf(Locale.ROOT, "jar in deploy/ to material listed:  median %.3f s (min %.3f, max %.3f)%n",
                median(deploys), min(deploys), max(deploys));
        System.out.printf(Locale.ROOT, "jar deleted to material unlisted:   median %.3f s (min %.3f, max %.3f)%n",
                median(removals), min(removals), max(removals));
    }

    /**
     * Seconds from t0 until GET path on 127.0.0.1:port gives a response (status line, headers and body) the
     * predicate accepts; fails
     * after timeoutS. One plain HTTP/1.1 request on a new socket, as curl sends it: the lightest probe,
     * so that polling every 5 ms takes as little as it can from the 2-core start it times (interleaved
     * against the JDK's HttpClient, the medians did not differ measurably).
     */
    private static double await(int port, String path, Predicate<String> accept, long t0, int timeoutS) throws InterruptedException {
        long deadline = t0 + TimeUnit.SECONDS.toNanos(timeoutS);
        byte[] request = ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                socket.setSoTimeout(2000);
                socket.getOutputStream().write(request);
                if (accept.test(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8))) {
                    return (System.nanoTime() - t0) / 1e9;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException(path + " on port " + port + " did not answer as expected within " + timeoutS + " s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static double median(List<Double> v) {
        double[] a = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
    }

    private static double min(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    private static double max(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }
}
