package io.interphase.runtime;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Polls {@code GET /api/health} on 127.0.0.1 until it says {@code "ready":true}. A plain HTTP/1.1 request on
 * a socket: HttpURLConnection's own set-up (proxies, its logger, some 40 classes) would run on this thread
 * just while the server starts, on a 2-core machine.
 */
final class HealthProbe {

    /** The last answer: its body ({@code null} when the server never answered) and whether it said ready. */
    record Answer(String body, boolean ready) {
    }

    private static final byte[] REQUEST = "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
            .getBytes(StandardCharsets.US_ASCII);

    private HealthProbe() {
    }

    /** Polls every 20 ms until ready or the time is up; returns the last answer. */
    static Answer awaitReady(int port, long timeoutMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        Answer last = new Answer(null, false);
        while (System.currentTimeMillis() < deadline) {
            String body = bodyOrNull(port);
            if (body != null) {
                last = new Answer(body, isReady(body));
                if (last.ready()) {
                    return last;
                }
            }
            Thread.sleep(20);
        }
        return last;
    }

    private static final java.util.regex.Pattern READY = java.util.regex.Pattern.compile("\"ready\"\\s*:\\s*true");

    /** True for a health body that says ready. */
    static boolean isReady(String body) {
        return READY.matcher(body).find();
    }

    private static String bodyOrNull(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            socket.setSoTimeout(1000);
            socket.getOutputStream().write(REQUEST);
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int body = response.indexOf("\r\n\r\n");
            // a 503 (not ready) has a body too: only a response with none is no answer
            return response.startsWith("HTTP/1.1 ") && body >= 0 ? response.substring(body + 4) : null;
        } catch (IOException e) {
            return null; // not up yet
        }
    }
}
