package io.interphase.exporter.internal;

import io.interphase.api.run.Exporter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Collects each file in memory and remembers which streams the exporter closed. */
final class MemoryOutput implements Exporter.Output {

    private final Map<String, ByteArrayOutputStream> files = new LinkedHashMap<>();
    private final Map<String, Boolean> closed = new LinkedHashMap<>();

    @Override
    public OutputStream open(String fileName) throws IOException {
        if (files.containsKey(fileName)) {
            throw new IOException("opened twice: " + fileName);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed.put(fileName, true);
            }
        };
        files.put(fileName, bytes);
        closed.put(fileName, false);
        return bytes;
    }

    Map<String, byte[]> files() {
        Map<String, byte[]> copy = new LinkedHashMap<>();
        files.forEach((name, bytes) -> copy.put(name, bytes.toByteArray()));
        return copy;
    }

    String text(String fileName) {
        ByteArrayOutputStream bytes = files.get(fileName);
        if (bytes == null) {
            throw new AssertionError("no file " + fileName + " among " + files.keySet());
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    boolean allClosed() {
        return !closed.containsValue(false);
    }
}
