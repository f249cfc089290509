package io.interphase.itests;

import static org.junit.Assert.assertEquals;

import io.interphase.launch.Command;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** The workbench's command services ({@code run}, {@code simulate}, {@code analyze}) called as the launcher calls them. */
final class Commands {

    /** What one command run printed and returned. */
    record Outcome(int status, String out, String err) {
    }

    private Commands() {
    }

    static Outcome run(BundleContext context, String name, String... args) throws InvalidSyntaxException {
        Collection<ServiceReference<Command>> refs = context.getServiceReferences(Command.class,
                "(" + Command.NAME + "=" + name + ")");
        assertEquals("one " + name + " command", 1, refs.size());
        Command command = context.getService(refs.iterator().next());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Path sample(String folder, String name) {
        return Path.of(System.getProperty("interphase.samples"), folder, name);
    }

    static Path scratch(String name) throws IOException {
        Path dir = Path.of(System.getProperty("interphase.scratch"), "run-" + name + "-" + System.nanoTime());
        Files.createDirectories(dir);
        return dir;
    }
}
