package io.interphase.itests;

import static org.junit.Assert.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Mutated recipes, cells, spectra and run requests (seed {@link #SEED}): no answer is a 5xx and none hangs (each
 * request has 30 s, where a fit of a big spectrum on a shared machine takes a few). A failure names the request, so it can be replayed.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FuzzIT extends WorkbenchTest {

    static final long SEED = 20261204L;
    static final int REQUESTS = 10_000;
    private static final String[] ODD = {"", " ", "NaN", "-1", "0", "1e999", "-1e999 mA/cm2", "5 km^400", "1e308 um",
        "20 wt%", "abc", "\u0000", "\u00b5m", "1/0", "../../token", "%2e%2e/", "null", "[]", "{}", "true",
        "30 um um", "-273.16 degC", "1 V/0", "a".repeat(5000)};

    @Test
    public void noMutationGetsA5xxOrHangs() throws Exception {
        assertTrue(Workbench.await(() -> http.post("/api/recipes", "{}").status() != 503, 20_000));
        List<JsonObject> recipes = List.of(read("runs", "e3-ccd-sc-20-nano.json"), read("phasefield", "sc-20-nano.json"),
                read("cells", "full-sc-20-nano-lco.json"), read("kinetics", "sc-20-nano.json"));
        JsonObject spectrum = JsonParser.parseString("{\"spectrum\":{\"frequency\":[1,10,100,1000,10000],"
                + "\"real\":[2,1.5,1.1,1,0.9],\"imaginary\":[-0.5,-0.4,-0.2,-0.05,-0.01]},\"circuit\":\"R0-p(R1,C1)\"}")
                .getAsJsonObject();
        SplittableRandom random = new SplittableRandom(SEED);
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        String previous = "";
        long heapBefore = heapAfterGc();
        for (int i = 0; i < REQUESTS; i++) {
            int kind = random.nextInt(5);
            String path;
            String body;
            if (kind == 3) {
                path = "/api/analyze/eis";
                body = mutate(spectrum.deepCopy(), random).toString();
            } else if (kind == 4) {
                path = "/api/runs/" + ODD[random.nextInt(ODD.length)].replace("/", "%2F").replace(" ", "%20")
                        .replace("\u0000", "%00").replace("%", random.nextBoolean() ? "%" : "");
                int status = safeStatus(path);
                previous = "GET " + path + " -> " + status;
                statuses.merge(status, 1, Integer::sum);
                if (status >= 500) {
                    failures.add(i + ": GET " + path + " -> " + status);
                }
                continue;
            } else {
                path = kind == 0 ? "/api/cells" : "/api/recipes";
                JsonElement mutated = mutate(recipes.get(random.nextInt(recipes.size())).deepCopy(), random);
                body = random.nextInt(10) == 0 ? truncate(mutated.toString(), random) : mutated.toString();
            }
            Http.Response r;
            try {
                r = http.post(path, body);
            } catch (RuntimeException e) { // a hang (timeout) or a body that is not JSON
                failures.add(i + ": POST " + path + " (" + body.length() + " chars, after " + previous + ") "
                        + shorten(body) + " -> " + e);
                continue;
            }
            previous = "POST " + path + " " + body.length() + " chars -> " + r.status() + " " + shorten(r.body().toString());
            statuses.merge(r.status(), 1, Integer::sum);
            if (r.status() >= 500) {
                failures.add(i + ": POST " + path + " " + shorten(body) + " -> " + r.status() + " " + shorten(r.body().toString()));
            }
        }
        long heapGrowth = heapAfterGc() - heapBefore;
        System.out.println("fuzz, seed " + SEED + ": " + REQUESTS + " requests, statuses " + statuses + ", heap after GC "
                + (heapGrowth >= 0 ? "+" : "") + heapGrowth / (1 << 20) + " MB");
        failures.stream().map(f -> f.replaceAll("\\{.*-> ", "-> ")).limit(20).forEach(f -> System.out.println("  " + f));
        assertTrue(failures.size() + " failures, first: " + failures.stream().limit(5).toList(), failures.isEmpty());
        // the server shares this JVM: what 10,000 refused or answered requests leave behind must be next to nothing
        assertTrue("the heap grew by " + heapGrowth / (1 << 20) + " MB over the fuzzing", heapGrowth < 64L << 20);
    }

    /** Bytes in use after a full collection (twice: finalisable objects go in the second). */
    private static long heapAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int k = 0; k < 2; k++) {
            System.gc();
            Thread.sleep(100);
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    /**
     * On its own connection: Jetty closes a connection after refusing a malformed path (without saying so in a
     * header, which HTTP allows), and a POST sent on it meanwhile would fail through no fault of the server's.
     */
    private int safeStatus(String path) {
        try {
            return new Http(context.getProperty("org.osgi.service.http.port")).status(path);
        } catch (RuntimeException e) {
            return 400; // a path the client itself refuses to send is not the server's answer
        }
    }

    private static JsonObject read(String folder, String name) throws Exception {
        return JsonParser.parseString(Files.readString(Commands.sample(folder, name))).getAsJsonObject();
    }

    /** One to three random edits somewhere in the tree. */
    static JsonElement mutate(JsonElement root, SplittableRandom random) {
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            List<JsonElement> containers = new ArrayList<>();
            collect(root, containers);
            JsonElement target = containers.get(random.nextInt(containers.size()));
            if (target instanceof JsonObject o && !o.keySet().isEmpty()) {
                List<String> keys = new ArrayList<>(o.keySet());
                String key = keys.get(random.nextInt(keys.size()));
                switch (random.nextInt(4)) {
                    case 0 -> o.remove(key);
                    case 1 -> o.add(key + (random.nextBoolean() ? "x" : ""), value(random));
                    default -> o.add(key, value(random));
                }
            } else if (target instanceof JsonArray a && a.size() > 0) {
                int index = random.nextInt(a.size());
                switch (random.nextInt(4)) {
                    case 0 -> a.remove(index);
                    case 1 -> {
                        for (int k = 0; k < 200; k++) {
                            a.add(a.get(index).deepCopy());
                        }
                    }
                    default -> a.set(index, value(random));
                }
            }
        }
        return root;
    }

    private static void collect(JsonElement e, List<JsonElement> out) {
        if (e instanceof JsonObject o) {
            out.add(o);
            o.entrySet().forEach(en -> collect(en.getValue(), out));
        } else if (e instanceof JsonArray a) {
            out.add(a);
            a.forEach(x -> collect(x, out));
        }
    }

    private static JsonElement value(SplittableRandom random) {
        return switch (random.nextInt(8)) {
            case 0 -> JsonNull.INSTANCE;
            case 1 -> new JsonPrimitive(random.nextBoolean());
            case 2 -> new JsonPrimitive(random.nextInt(3) == 0 ? -random.nextDouble() * 1e6 : random.nextDouble() * 1e300);
            case 3 -> new JsonArray();
            case 4 -> new JsonObject();
            case 5 -> nested(random.nextInt(2000));
            default -> new JsonPrimitive(ODD[random.nextInt(ODD.length)]);
        };
    }

    private static JsonElement nested(int depth) {
        JsonElement e = new JsonPrimitive(1);
        for (int d = 0; d < depth; d++) {
            JsonArray a = new JsonArray();
            a.add(e);
            e = a;
        }
        return e;
    }

    private static String truncate(String text, SplittableRandom random) {
        return text.substring(0, random.nextInt(Math.max(1, text.length())));
    }

    private static String shorten(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
