package io.interphase.exporter.internal;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.interphase.api.run.Exporter;
import io.interphase.api.run.Result;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.reflect.Array;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/**
 * {@code summary.json}, {@code recipe.json} (the metadata's "recipe": as given and as run, when
 * present) and {@code provenance.json} (the rest of the metadata). Values are turned into a JSON tree first because JSON
 * has no NaN or infinity and Gson refuses them: a non-finite number, at any depth, becomes null.
 */
@Component(service = Exporter.class)
public final class JsonExporter implements Exporter {

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().serializeNulls()
            .create();

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
        JsonElement tree = tree(map);
        try (OutputStream stream = output.open(fileName);
                Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8))) {
            GSON.toJson(tree, out);
            out.write('\n');
        }
    }

    /** The JSON form of a summary or metadata value; maps keep their order, unknown objects go through Gson. */
    static JsonElement tree(Object value) {
        if (value == null) {
            return JsonNull.INSTANCE;
        }
        if (value instanceof Number n) {
            boolean floating = n instanceof Double || n instanceof Float;
            return floating && !Double.isFinite(n.doubleValue()) ? JsonNull.INSTANCE : new JsonPrimitive(n);
        }
        if (value instanceof String || value instanceof Boolean || value instanceof Character) {
            return GSON.toJsonTree(value);
        }
        if (value instanceof Map<?, ?> map) {
            JsonObject o = new JsonObject();
            map.forEach((k, v) -> o.add(String.valueOf(k), tree(v)));
            return o;
        }
        if (value instanceof Iterable<?> items) {
            JsonArray a = new JsonArray();
            items.forEach(item -> a.add(tree(item)));
            return a;
        }
        if (value.getClass().isArray()) {
            JsonArray a = new JsonArray();
            for (int i = 0; i < Array.getLength(value); i++) {
                a.add(tree(Array.get(value, i)));
            }
            return a;
        }
        return GSON.toJsonTree(value);
    }
}
