package io.interphase.runtime;

import java.nio.file.Path;
import java.util.List;

/**
 * The command line of {@code workbench start}: {@code [--port N] [--home DIR]}.
 *
 * @param port the HTTP port on 127.0.0.1
 * @param home the folder a workbench writes to: {@code deploy/}, {@code felix-cache/}, later runs
 */
public record LaunchOptions(int port, Path home, boolean shell) {

    public static final int DEFAULT_PORT = 8642;

    public static final String USAGE = """
            usage: workbench start [--port N] [--home DIR]
              --port N    HTTP port on 127.0.0.1, 1..65535 (default 8642)
              --home DIR  folder for deploy/ and everything the workbench writes (default runtime/)""";

    /** A server without the Gogo shell on its terminal. */
    public LaunchOptions(int port, Path home) {
        this(port, home, false);
    }

    /** Parses the arguments; {@code defaultHome} is used when no --home is given. */
    public static LaunchOptions parse(List<String> args, Path defaultHome) {
        return parse(args, defaultHome, false);
    }

    /** The same, with the Gogo shell on the terminal ({@code workbench shell}) or not. */
    public static LaunchOptions parse(List<String> args, Path defaultHome, boolean shell) {
        int port = DEFAULT_PORT;
        Path home = defaultHome;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--port" -> port = port(value(args, ++i, arg));
                case "--home" -> home = Path.of(value(args, ++i, arg));
                default -> throw new IllegalArgumentException("unknown option '" + arg + "'\n" + USAGE);
            }
        }
        return new LaunchOptions(port, home.toAbsolutePath().normalize(), shell);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        }
        return args.get(i);
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--port must be a whole number from 1 to 65535, got '" + text + "'");
    }
}
