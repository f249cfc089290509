package io.interphase.console.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.interphase.api.InvalidInputException;
import io.interphase.api.run.RunService;
import io.interphase.api.run.RunStatus;
import io.interphase.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The {@code /api/runs} routes: start ({@code POST}, with the access token), list, status, server-sent events,
 * cancel ({@code DELETE}, with the token), again, and a finished run's files. The paths given are the part after
 * {@code /runs}.
 */
final class RunsApi {

    /** Event streams open at once; more get 429 (each holds a server thread). */
    static final int MAX_STREAMS = 16;
    static final long EVENT_POLL_MS = 250;
    /** A stream ends after this long even if its run has not (the browser reconnects). */
    static final long STREAM_MS = 10 * 60 * 1000;
    static final int PAGE = 50;
    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("json", "application/json"), Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("vti", "application/xml"), Map.entry("pvd", "application/xml"));

    private final AtomicInteger streams = new AtomicInteger();

    interface Sender {
        void send(HttpServletResponse resp, int status, com.google.gson.JsonElement body) throws IOException;
    }

    private final Sender sender;

    RunsApi(Sender sender) {
        this.sender = sender;
    }

    void get(RunService runs, String path, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String[] parts = parts(path);
        if (parts.length == 0) {
            list(runs, req, resp);
            return;
        }
        RunStatus status = find(runs, parts[0]);
        if (parts.length == 1) {
            sender.send(resp, 200, json(status));
        } else if (parts.length == 2 && parts[1].equals("events")) {
            events(runs, status.id(), resp);
        } else if (parts[1].equals("files")) {
            files(runs, status.id(), parts, resp);
        } else {
            throw new Rejected(404, "path", "no resource /api/runs" + path);
        }
    }

    void post(RunService runs, String path, Map<String, Object> body, HttpServletResponse resp) throws IOException {
        String[] parts = parts(path);
        RunStatus started;
        if (parts.length == 0) {
            started = submit(() -> runs.submit(body));
        } else if (parts.length == 2 && parts[1].equals("again")) {
            started = submit(() -> runs.again(find(runs, parts[0]).id()));
        } else {
            throw new Rejected(404, "path", "no resource /api/runs" + path);
        }
        resp.setHeader("Location", "/api/runs/" + started.id());
        sender.send(resp, 202, json(started));
    }

    void delete(RunService runs, String path, HttpServletResponse resp) throws IOException {
        String[] parts = parts(path);
        if (parts.length != 1) {
            throw new Rejected(404, "path", "DELETE /api/runs/{id} cancels a run");
        }
        RunStatus s = find(runs, parts[0]);
        if (!runs.cancel(s.id())) {
            throw new Rejected(409, "id", "run " + s.id() + " has ended already (" + name(s.state()) + ")");
        }
        sender.send(resp, 202, json(runs.status(s.id()).orElse(s)));
    }

    private static RunStatus submit(java.util.function.Supplier<RunStatus> action) {
        try {
            return action.get();
        } catch (RunService.Busy busy) {
            throw new TooBusy(busy.getMessage(), busy.retryAfterSeconds());
        }
    }

    /** A full queue: 429 with Retry-After. */
    static final class TooBusy extends Rejected {
        private static final long serialVersionUID = 1L;
        final int retryAfter;

        TooBusy(String message, int retryAfter) {
            super(429, "queue", message);
            this.retryAfter = retryAfter;
        }
    }

    private void list(RunService runs, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        int offset = integer(req, "offset", 0);
        int limit = Math.min(integer(req, "limit", PAGE), 500);
        List<RunStatus> all = runs.list();
        JsonArray page = new JsonArray();
        all.stream().skip(offset).limit(limit).forEach(s -> page.add(json(s)));
        JsonObject o = new JsonObject();
        o.addProperty("total", all.size());
        o.addProperty("offset", offset);
        o.add("runs", page);
        sender.send(resp, 200, o);
    }

    /** Server-sent events: each new line of the run's log ("log"), its status each time it changes ("status"), until it ends ("end"). */
    /** A stream with nothing new sends a comment this often, well inside the server's idle timeout. */
    private static final long KEEP_ALIVE_MS = 5_000;

    private void events(RunService runs, String id, HttpServletResponse resp) throws IOException {
        if (streams.incrementAndGet() > MAX_STREAMS) {
            streams.decrementAndGet();
            throw new TooBusy(MAX_STREAMS + " event streams are open; poll GET /api/runs/" + id + " instead", 5);
        }
        try {
            resp.setStatus(200);
            resp.setContentType("text/event-stream");
            resp.setCharacterEncoding("UTF-8");
            resp.setHeader("Cache-Control", "no-cache");
            Writer w = resp.getWriter();
            String last = null;
            int logged = 0;
            long until = System.currentTimeMillis() + STREAM_MS;
            long written = System.currentTimeMillis();
            while (System.currentTimeMillis() < until) {
                RunStatus s = runs.status(id).orElse(null);
                if (s == null) {
                    break;
                }
                List<String> log = runs.log(id);
                for (; logged < log.size(); logged++) {
                    w.write("event: log\ndata: " + log.get(logged).replace("\n", " ") + "\n\n");
                }
                String data = Json.write(json(s)).replace("\n", "");
                if (!data.equals(last)) {
                    w.write("event: " + (s.state().isFinal() ? "end" : "status") + "\ndata: " + data + "\n\n");
                    w.flush();
                    if (w instanceof java.io.PrintWriter p && p.checkError()) {
                        break; // the client has gone
                    }
                    last = data;
                    written = System.currentTimeMillis();
                } else if (System.currentTimeMillis() - written > KEEP_ALIVE_MS) {
                    // a comment line: keeps a quiet stream (a queued run) inside the server's idle timeout
                    w.write(":\n\n");
                    w.flush();
                    written = System.currentTimeMillis();
                }
                if (s.state().isFinal()) {
                    break;
                }
                Thread.sleep(EVENT_POLL_MS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            streams.decrementAndGet();
        }
    }

    /** {@code files}: the list of the run's files; {@code files/NAME...}: one, with its content type. */
    private void files(RunService runs, String id, String[] parts, HttpServletResponse resp) throws IOException {
        Optional<Path> folder = runs.files(id);
        if (folder.isEmpty()) {
            throw new Rejected(409, "id", "run " + id + " has no files yet: they are written when it ends");
        }
        Path root = folder.get().toRealPath();
        if (parts.length == 2) {
            JsonArray names = new JsonArray();
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted()
                        .forEach(names::add);
            }
            JsonObject o = new JsonObject();
            o.add("files", names);
            sender.send(resp, 200, o);
            return;
        }
        String name = String.join("/", java.util.Arrays.copyOfRange(parts, 2, parts.length));
        if (!name.matches("([A-Za-z0-9][A-Za-z0-9._-]*/)?[A-Za-z0-9][A-Za-z0-9._-]*") || name.contains("..")) {
            throw new Rejected(400, "name", "a file of the run is named like voltage.svg or fields/xi_0001.png");
        }
        Path file = root.resolve(name).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file) || !file.toRealPath().startsWith(root)) {
            throw new Rejected(404, "name", "run " + id + " has no file " + name);
        }
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        resp.setStatus(200);
        resp.setContentType(TYPES.getOrDefault(ext, "application/octet-stream"));
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setContentLengthLong(Files.size(file));
        try (OutputStream out = resp.getOutputStream()) {
            Files.copy(file, out);
        }
    }

    private static RunStatus find(RunService runs, String id) {
        if (!id.matches("[A-Za-z0-9-]{1,64}")) {
            throw new Rejected(400, "id", "a run id is letters, digits and '-', such as 20261204-011530-0001");
        }
        return runs.status(id).orElseThrow(() -> new Rejected(404, "id", "no run '" + id + "'"));
    }

    static JsonObject json(RunStatus s) {
        JsonObject o = new JsonObject();
        o.addProperty("id", s.id());
        o.addProperty("name", s.name());
        o.addProperty("state", name(s.state()));
        o.add("progress", Json.number(s.progress()));
        o.addProperty("note", s.note());
        o.add("seconds_left", Json.number(s.secondsLeft()));
        o.addProperty("error", s.error());
        o.addProperty("submitted", s.submitted());
        o.addProperty("started", s.started());
        o.addProperty("ended", s.ended());
        o.add("summary", Json.tree(s.summary()));
        return o;
    }

    private static String name(RunStatus.State s) {
        return s.name().toLowerCase(Locale.ROOT);
    }

    private static String[] parts(String path) {
        return path.isEmpty() || path.equals("/") ? new String[0] : path.substring(1).split("/", -1);
    }

    private static int integer(HttpServletRequest req, String name, int fallback) {
        String v = req.getParameter(name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "a whole number ≥ 0, got '" + v + "'");
        }
    }

    /** Whether the request carries the token: {@code Authorization: Bearer TOKEN}. */
    static void authorise(HttpServletRequest req, AccessToken token) {
        String header = req.getHeader("Authorization");
        String presented = header != null && header.startsWith("Bearer ") ? header.substring(7).strip() : null;
        if (token == null || !token.accepts(presented)) {
            throw new Rejected(401, "Authorization", "starting or cancelling a run needs the access token: "
                    + "'Authorization: Bearer TOKEN', TOKEN from the console URL ./workbench start prints (or HOME/token)");
        }
    }
}
