package io.interphase.exporter.internal;

import io.interphase.api.run.Exporter;
import io.interphase.api.run.Result;
import io.interphase.json.Json;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/**
 * {@code summary.json}, {@code recipe.json} (the metadata's "recipe": as given and as run, when
 * present) and {@code provenance.json} (the rest of the metadata), written by the workbench's one JSON writer: a
 * non-finite number, at any depth, becomes null, since JSON has no NaN or infinity.
 */
@Component(service = Exporter.class)
public final class JsonExporter implements Exporter {

    @Override
    public String formatId() {
        return "json";
    }

    @Override
    public void export(Result result, Output output) throws IOException {
        write(result.summary(), "summary.json", output);
        Map<String, Object> provenance = new java.util.LinkedHashMap<>(result.metadata());
        Object recipe = provenance.remove("recipe");
        if (recipe instanceof Map<?, ?> given) {
            write(given, "recipe.json", output);
        }
        write(provenance, "provenance.json", output);
    }

    private static void write(Map<?, ?> map, String fileName, Output output) throws IOException {
        try (OutputStream stream = output.open(fileName);
                Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8))) {
            Json.write(map, out);
            out.write('\n');
        }
    }
}
