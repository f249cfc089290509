package io.interphase.console.internal;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;
import org.osgi.service.servlet.whiteboard.annotations.RequireHttpWhiteboard;

/**
 * The web console at {@code /}: one page and its script and style, from this bundle's {@code console/} resources.
 * The page is a client of the REST API only. Its headers keep it to itself: a Content-Security-Policy that allows
 * scripts, styles and connections from this origin only (no inline script), no framing, no referrer.
 *
 * <p>Lifecycle: a DS component registered with the HTTP whiteboard; stateless.
 */
@Component(service = Servlet.class, property = {HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/",
    HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/console/*"})
@RequireHttpWhiteboard
public class ConsolePage extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    private static final Map<String, String> FILES = Map.of("/", "index.html", "/console/console.js", "console.js",
            "/console/console.css", "console.css");
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        String file = FILES.get(path.isEmpty() ? "/" : path);
        resp.setHeader("Content-Security-Policy", POLICY);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "no-referrer");
        resp.setHeader("X-Frame-Options", "DENY");
        if (file == null) {
            resp.sendError(404, "no page " + path + "; the console is at /");
            return;
        }
        try (InputStream in = ConsolePage.class.getResourceAsStream("/console/" + file)) {
            if (in == null) {
                resp.sendError(500, "the console's " + file + " is missing from its bundle");
                return;
            }
            resp.setStatus(200);
            resp.setContentType(TYPES.get(file.substring(file.lastIndexOf('.') + 1)));
            resp.setHeader("Cache-Control", "no-cache");
            try (OutputStream out = resp.getOutputStream()) {
                in.transferTo(out);
            }
        }
    }
}
