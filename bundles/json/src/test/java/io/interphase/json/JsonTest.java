package io.interphase.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.interphase.api.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    record Fit(String name, double value, double stderr, double[] bounds) {
    }

    @Test
    void nonFiniteNumbersAreNullAtAnyDepth() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("nan", Double.NaN);
        report.put("list", List.of(1.5, Double.POSITIVE_INFINITY));
        report.put("fit", new Fit("R1", 10, Double.POSITIVE_INFINITY, new double[] {0, Double.NaN}));
        report.put("float", Float.NaN);
        JsonObject tree = new JsonObject();
        tree.addProperty("x", Double.NaN);
        report.put("tree", tree);
        String json = Json.write(report);
        Map<String, Object> back = Json.readObject(json, "report");
        assertEquals(null, back.get("nan"));
        assertEquals(java.util.Arrays.asList(1.5, null), back.get("list"));
        assertEquals(Map.of("name", "R1", "value", 10.0, "bounds", java.util.Arrays.asList(0.0, null)),
                withoutNulls(back.get("fit")));
        assertTrue(json.contains("\"stderr\": null"), json);
        assertTrue(json.contains("\"x\": null"), json);
        assertEquals(null, back.get("float"));
    }

    @Test
    void readsAnObjectInOrderWithNumbersAsDoubles() {
        Map<String, Object> m = Json.readObject("{\"b\": 1, \"a\": [2, \"x\"], \"c\": {\"d\": true}}", "recipe.json");
        assertEquals(List.of("b", "a", "c"), List.copyOf(m.keySet()));
        assertEquals(1.0, m.get("b"));
        assertEquals(List.of(2.0, "x"), m.get("a"));
        assertEquals(Map.of("d", true), m.get("c"));
    }

    @Test
    void aMistakeIsLocatedAndFreeOfGsonsHints() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Json.readObject("{\n  \"area\": \"1 cm2\",\n  \"layers\": [\n}", "recipe.json"));
        assertEquals("recipe.json", e.errors().get(0).field());
        String message = e.errors().get(0).message();
        assertTrue(message.startsWith("not valid JSON: ") && message.contains("line 4"), message);
        assertTrue(!message.contains("Troubleshooting") && !message.contains("http"), message);
    }

    @Test
    void aBareWordIsExplainedWithoutGsonsAdviceToReadLeniently() {
        String message = assertThrows(InvalidInputException.class, () -> Json.readObject("{\"name\": tru}", "recipe.json"))
                .errors().get(0).message();
        assertTrue(!message.contains("JsonReader") && !message.contains("LENIENT") && message.contains("line 1 column 10")
                && message.contains("text needs quotes"), message);
    }

    @Test
    void onlyOneObjectIsARecipe() {
        assertEquals("expected a JSON object {...}, found an array",
                assertThrows(InvalidInputException.class, () -> Json.readObject("[1]", "body")).errors().get(0).message());
        assertThrows(InvalidInputException.class, () -> Json.readObject("{} {}", "body"));
        assertThrows(InvalidInputException.class, () -> Json.readObject("{\"a\": 1, \"a\": 2}", "body"));
        assertThrows(InvalidInputException.class, () -> Json.readObject("", "body"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withoutNulls(Object o) {
        Map<String, Object> m = new LinkedHashMap<>((Map<String, Object>) o);
        m.values().removeIf(v -> v == null);
        return m;
    }
}
