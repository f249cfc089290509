package io.interphase.console.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.interphase.api.FieldError;
import io.interphase.json.Json;
import java.util.List;
import java.util.Map;

/** Pieces of the REST answers: the error body every route shares, and a map of numbers. */
final class JsonBodies {

    private JsonBodies() {
    }

    static JsonObject numbers(Map<String, Double> values) {
        JsonObject o = new JsonObject();
        values.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> o.add(e.getKey(), Json.number(e.getValue())));
        return o;
    }

    /** {@code {"message": ..., "errors": [{"field": ..., "message": ...}]}}. */
    static JsonObject errors(String message, List<FieldError> errors) {
        JsonObject body = new JsonObject();
        body.addProperty("message", message);
        JsonArray list = new JsonArray();
        for (FieldError e : errors) {
            JsonObject item = new JsonObject();
            item.addProperty("field", e.field());
            item.addProperty("message", e.message());
            list.add(item);
        }
        body.add("errors", list);
        return body;
    }
}
