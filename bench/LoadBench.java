import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

/**
 * Latency of GET requests to a running workbench, one client, one request at a time after a warm-up: prints the
 * median and 99th percentile for each path. usage: java bench/LoadBench.java PORT N PATH...
 */
public final class LoadBench {
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int n = Integer.parseInt(args[1]);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (int a = 2; a < args.length; a++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + args[a]))
                    .timeout(Duration.ofSeconds(30)).GET().build();
            for (int i = 0; i < n / 5; i++) {
                client.send(request, HttpResponse.BodyHandlers.discarding());
            }
            double[] ms = new double[n];
            for (int i = 0; i < n; i++) {
                long t0 = System.nanoTime();
                int status = client.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
                ms[i] = (System.nanoTime() - t0) / 1e6;
                if (status != 200) {
                    throw new IllegalStateException(args[a] + " answered " + status);
                }
            }
            Arrays.sort(ms);
            System.out.printf(Locale.ROOT, "GET %-16s p50 %6.2f ms  p99 %6.2f ms  max %6.2f ms  (%d requests)%n", args[a],
                    ms[n / 2], ms[(int) Math.ceil(0.99 * n) - 1], ms[n - 1], n);
        }
    }
}
