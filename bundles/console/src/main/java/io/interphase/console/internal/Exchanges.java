package io.interphase.console.internal;

import com.google.gson.JsonElement;
import io.interphase.api.FieldError;
import io.interphase.api.InvalidInputException;
import io.interphase.api.units.Dimension;
import io.interphase.api.units.UnitException;
import io.interphase.api.units.Units;
import io.interphase.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What every route of the REST API does with a request and a reply: the guards (loopback host, same origin,
 * body size), reading a JSON body whole, the query values, and the JSON answers and errors.
 */
final class Exchanges {

    private static final Logger LOG = Logger.getLogger(ApiServlet.class.getName());
    /** A cell description is a few kilobytes; anything far larger is a mistake. */
    static final int MAX_BODY_BYTES = 1 << 20;

    private Exchanges() {
    }

    /**
     * Reads what is left of a refused request's body (a JSON error stops reading half-way), up to the size limit,
     * so that the connection stays in step for the client's next request on it.
     */
    static void drain(HttpServletRequest req) {
        try (InputStream in = new LimitedInputStream(req.getInputStream(), MAX_BODY_BYTES)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException | RuntimeException e) {
            // a body too long or a client gone: nothing more to keep in step
        }
    }

    /**
     * Refuses a request addressed to another host name than the loopback the server listens on: a web page whose
     * name an attacker rebinds to 127.0.0.1 would otherwise reach the API as if it were this origin.
     */
    static void localHost(HttpServletRequest req, java.util.Set<String> hosts) {
        String host = req.getHeader("Host");
        if (host == null) {
            return; // HTTP/1.0 and some scripts send none
        }
        String name = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1)
                : host.contains(":") ? host.substring(0, host.indexOf(':')) : host;
        if (!hosts.contains(name.toLowerCase(java.util.Locale.ROOT))) {
            throw new Rejected(403, "Host", "the workbench answers requests to 127.0.0.1 or localhost, not to '" + host + "'");
        }
    }

    /**
     * Refuses a browser's request from another site: a page anywhere could otherwise POST a text/plain body
     * here without a preflight. Browsers name the page's origin; curl and scripts send none.
     */
    static void sameOrigin(HttpServletRequest req) {
        String origin = req.getHeader("Origin");
        if (origin == null || !("POST".equals(req.getMethod()) || "DELETE".equals(req.getMethod()))) {
            return;
        }
        String host = req.getHeader("Host");
        if (host == null || !(origin.equals("http://" + host) || origin.equals("https://" + host))) {
            throw new Rejected(403, "Origin", "requests from another site (" + origin + ") are refused; "
                    + "the API answers pages it serves itself and clients without an Origin");
        }
    }

    /**
     * The request body as a JSON object of maps, lists, strings and numbers. The body is read whole (up to the
     * limit) before it is parsed, so a parse error never leaves the rest unread on the connection.
     */
    static Map<String, Object> readJsonObject(HttpServletRequest req) throws IOException {
        jsonContentType(req);
        if (req.getContentLengthLong() > MAX_BODY_BYTES) {
            throw new Rejected(413, "body", "the body exceeds " + MAX_BODY_BYTES + " bytes");
        }
        byte[] body;
        try (InputStream in = new LimitedInputStream(req.getInputStream(), MAX_BODY_BYTES)) {
            body = in.readAllBytes();
        }
        return Json.readObject(new String(body, StandardCharsets.UTF_8), "body");
    }

    /**
     * Refuses a body that says it is not JSON. The three types a web page may send anywhere without asking
     * (text/plain, form data) are refused with the rest, so a foreign page cannot reach a handler with one.
     * A body without a type is taken as JSON (a script that does not set it).
     */
    static void jsonContentType(HttpServletRequest req) {
        String type = req.getContentType();
        if (type == null) {
            return;
        }
        String base = type.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
        if (!base.equals("application/json") && !base.endsWith("+json")) {
            throw new Rejected(415, "Content-Type", "the body must be application/json, got '" + type
                    + "' (curl: -H 'Content-Type: application/json')");
        }
    }

    static double temperature(HttpServletRequest req) {
        String text = req.getParameter("temperature");
        if (text == null) {
            return io.interphase.api.material.TemperatureDependence.REFERENCE_TEMPERATURE;
        }
        try {
            double kelvin = Units.parse(text, Dimension.TEMPERATURE);
            if (!(kelvin > 0)) {
                throw new UnitException("'" + text + "' is at or below absolute zero");
            }
            return kelvin;
        } catch (UnitException e) {
            throw new InvalidInputException("temperature", e.getMessage());
        }
    }

    static String path(HttpServletRequest req) {
        String info = req.getPathInfo();
        if (info == null || info.isEmpty()) {
            return "/";
        }
        return info.length() > 1 && info.endsWith("/") ? info.substring(0, info.length() - 1) : info;
    }

    /** The one path segment after the prefix ("/analyze/eis" after "/analyze/" is "eis"), or null. */
    static String segmentAfter(String path, String prefix) {
        if (!path.startsWith(prefix) || path.length() == prefix.length() || path.indexOf('/', prefix.length()) >= 0) {
            return null;
        }
        return path.substring(prefix.length());
    }

    static void notFound(HttpServletResponse resp, String field, String message) throws IOException {
        send(resp, 404, JsonBodies.errors(message, List.of(new FieldError(field, message))));
    }

    /** A 404 for a name of a kind that is not live, naming those that are. */
    static void notFoundAmong(HttpServletResponse resp, String field, String kind, String name, List<String> live)
            throws IOException {
        notFound(resp, field, "no " + kind + " '" + name + "'; available: " + String.join(", ", live));
    }

    /** A 503 while a service a request needs is not live. */
    static void unavailable(HttpServletResponse resp, String message, String detail) throws IOException {
        send(resp, 503, JsonBodies.errors(message, List.of(new FieldError("service", detail))));
    }

    static void methodNotAllowed(HttpServletResponse resp, String allowed) throws IOException {
        resp.setHeader("Allow", allowed);
        send(resp, 405, JsonBodies.errors("use " + allowed, List.of(new FieldError("method", "allowed: " + allowed))));
    }

    static void internalError(HttpServletResponse resp, RuntimeException e) throws IOException {
        LOG.log(Level.WARNING, "request failed", e);
        send(resp, 500, JsonBodies.errors("internal error: " + e, List.of()));
    }

    static void send(HttpServletResponse resp, int status, JsonElement body) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        try (Writer w = resp.getWriter()) {
            Json.write(body, w);
        }
    }
}
