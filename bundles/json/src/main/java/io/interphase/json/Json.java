package io.interphase.json;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonIOException;
import com.google.gson.JsonNull;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.ToNumberPolicy;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import io.interphase.api.InvalidInputException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads JSON objects with located errors and writes any value as indented JSON in which a non-finite number
 * (NaN, an infinite error bar) is {@code null}, at any depth: JSON has no NaN, and a report that holds one must
 * never fail to be written. Thread-safe.
 */
public final class Json {

    private static final Gson GSON = new GsonBuilder()
            .disableHtmlEscaping()
            .serializeNulls()
            // let NaN reach the writer, which writes it as null (Gson would otherwise throw)
            .serializeSpecialFloatingPointValues()
            .setObjectToNumberStrategy(ToNumberPolicy.DOUBLE)
            .create();
    private static final TypeToken<LinkedHashMap<String, Object>> OBJECT = new TypeToken<>() { };

    private Json() {
    }

    /** The value (maps, lists, arrays, records, numbers, strings, Gson trees) written as indented JSON. */
    public static String write(Object value) {
        StringWriter out = new StringWriter();
        write(value, out);
        return out.toString();
    }

    /** Writes the value as indented JSON; does not close the writer. */
    public static void write(Object value, Writer out) {
        try {
            JsonWriter writer = new FiniteJsonWriter(out);
            writer.setIndent("  ");
            writer.setSerializeNulls(true);
            if (value instanceof JsonElement tree) {
                GSON.toJson(tree, writer);
            } else {
                GSON.toJson(value, value == null ? Object.class : value.getClass(), writer);
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JsonIOException e) {
            throw e.getCause() instanceof IOException io ? new UncheckedIOException(io) : e;
        }
    }

    /** The value as a Gson tree, to build a response from; {@link #write} writes its non-finite numbers as null. */
    public static JsonElement tree(Object value) {
        return GSON.toJsonTree(value);
    }

    /** A number for a Gson tree: null where JSON has no number for it. */
    public static JsonElement number(double value) {
        return Double.isFinite(value) ? new JsonPrimitive(value) : JsonNull.INSTANCE;
    }

    /**
     * One JSON object read from text: objects as ordered maps, arrays as lists, numbers as {@code Double}.
     *
     * @param source what the text is, for the error ("recipe.json", "body")
     * @throws InvalidInputException with the field {@code source} and the line and column of the mistake, or
     *     saying that the text is not one object
     */
    public static Map<String, Object> readObject(String text, String source) {
        return readObject(new StringReader(text), source);
    }

    /** As {@link #readObject(String, String)}, from a reader, which is not closed. */
    public static Map<String, Object> readObject(Reader in, String source) {
        try {
            JsonReader reader = new JsonReader(in);
            reader.setStrictness(Strictness.STRICT);
            if (reader.peek() != JsonToken.BEGIN_OBJECT) {
                throw new InvalidInputException(source, "expected a JSON object {...}, found " + describe(reader.peek()));
            }
            Map<String, Object> map = GSON.getAdapter(OBJECT).read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new InvalidInputException(source, "expected the end after the JSON object " + reader.getPath()
                        + ", found more");
            }
            return map;
        } catch (JsonParseException | IOException | IllegalStateException e) { // the last: a token out of place
            throw new InvalidInputException(source, "not valid JSON: " + message(e));
        }
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case BEGIN_ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            case NULL -> "null";
            case END_DOCUMENT -> "nothing";
            default -> token.toString();
        };
    }

    /** Gson's message without its cause chain and its link to Gson's troubleshooting guide. */
    private static String message(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = String.valueOf(t.getMessage());
        int see = m.indexOf("\nSee ");
        m = see < 0 ? m : m.substring(0, see);
        // Gson's advice to parse leniently is for programmers, not for a recipe's author
        return m.replace("Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON",
                "a value that is not JSON (text needs quotes; true, false and null are lower case)");
    }

    /** Writes a non-finite number as null, which is what JSON can say of it. */
    private static final class FiniteJsonWriter extends JsonWriter {

        FiniteJsonWriter(Writer out) {
            super(out);
        }

        @Override
        public JsonWriter value(double value) throws IOException {
            return Double.isFinite(value) ? super.value(value) : nullValue();
        }

        @Override
        public JsonWriter value(float value) throws IOException {
            return Float.isFinite(value) ? super.value(value) : nullValue();
        }

        @Override
        public JsonWriter value(Number value) throws IOException {
            if (value instanceof Double || value instanceof Float) {
                return Double.isFinite(value.doubleValue()) ? super.value(value) : nullValue();
            }
            return super.value(value);
        }
    }
}
