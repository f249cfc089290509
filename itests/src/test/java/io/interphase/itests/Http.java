package io.interphase.itests;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small JSON client for the workbench's REST API on 127.0.0.1. */
final class Http {

    record Response(int status, JsonElement body) {
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String base;

    Http(String port) {
        this.base = "http://127.0.0.1:" + port;
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Response post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A POST as a browser page on another site would send it. */
    Response postFrom(String origin, String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "text/plain")
                .header("Origin", origin).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A POST with a bearer token. */
    Response postWithToken(String token, String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Any method with a bearer token, no body. */
    Response methodWithToken(String token, String method, String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .method(method, HttpRequest.BodyPublishers.noBody()));
    }

    /** The status of a GET whatever its body. */
    int status(String path) {
        return raw(path, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The raw text of a GET: a file of a run, an event stream. */
    String text(String path) {
        return raw(path, HttpResponse.BodyHandlers.ofString()).body();
    }

    private <T> HttpResponse<T> raw(String path, HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET().build(),
                    handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Any method, no body. */
    Response method(String method, String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), JsonParser.parseString(r.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** True once the server answers 200 at the path. */
    boolean answers(String path) {
        try {
            return get(path).status() == 200;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
