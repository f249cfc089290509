package io.interphase.console.internal;

import io.interphase.api.FieldError;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;
import org.osgi.service.servlet.whiteboard.annotations.RequireHttpWhiteboard;

/**
 * The body of every error the server itself raises before a servlet answers (an ambiguous or encoded {@code ../}
 * path, a malformed request): JSON like every other error of the API, instead of Jetty's HTML page.
 *
 * <p>Lifecycle: a DS component registered with the HTTP whiteboard as the error page for 4xx and 5xx; stateless.
 */
@Component(service = Servlet.class, property = {HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_ERROR_PAGE + "=4xx",
    HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_ERROR_PAGE + "=5xx"})
@RequireHttpWhiteboard
public class JsonErrorPage extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Object status = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object message = req.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        int code = status instanceof Integer i ? i : 500;
        String text = message == null || message.toString().isBlank() ? "error " + code : message.toString();
        resp.setStatus(code);
        Exchanges.send(resp, code, JsonBodies.errors(text, List.of(new FieldError("path", text))));
    }
}
