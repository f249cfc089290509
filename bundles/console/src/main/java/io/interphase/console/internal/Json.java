package io.interphase.console.internal;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.interphase.api.FieldError;
import java.util.List;
import java.util.Map;

/** JSON writing shared by the REST resources. Non-finite numbers are written as null: JSON has no NaN. */
final class Json {

    static final Gson GSON = new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().serializeNulls().create();

    private Json() {
    }

    /** Does nothing but make sure Gson is set up (tens of ms of class loading) before the first request needs it. */
    static void initialise() {
        // calling a static method initialises the class, GSON with it
    }

    static JsonElement number(double value) {
        return Double.isFinite(value) ? new JsonPrimitive(value) : JsonNull.INSTANCE;
    }

    static JsonObject numbers(Map<String, Double> values) {
        JsonObject o = new JsonObject();
        values.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> o.add(e.getKey(), number(e.getValue())));
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
