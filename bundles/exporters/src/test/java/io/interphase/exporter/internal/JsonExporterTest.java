package io.interphase.exporter.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.interphase.api.run.Result;
import io.interphase.json.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonExporterTest {

    private static Map<String, Object> read(String json) {
        return Json.readObject(json, "summary.json");
    }

    @Test
    void summaryAndProvenanceRoundTripWithNonFiniteNumbersAsNull() throws IOException {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("z_first", 1.5);
        nested.put("a_second", Double.NaN);
        nested.put("list", Arrays.asList(1.0, Double.POSITIVE_INFINITY, "x", null));
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("ccd_mA_cm2", 1.25);
        summary.put("cycles", 3);
        summary.put("notReached", null);
        summary.put("failure", Double.NEGATIVE_INFINITY);
        summary.put("mode", "short circuit");
        summary.put("byCycle", nested);
        Map<String, Object> metadata = Map.of("recipe", Map.of("name", "e3 <ccd> & \"sc\""));
        MemoryOutput out = new MemoryOutput();
        new JsonExporter().export(new Result(List.of(), summary, metadata), out);

        Map<String, Object> expectedNested = new LinkedHashMap<>();
        expectedNested.put("z_first", 1.5);
        expectedNested.put("a_second", null);
        expectedNested.put("list", Arrays.asList(1.0, null, "x", null));
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("ccd_mA_cm2", 1.25);
        expected.put("cycles", 3.0);
        expected.put("notReached", null);
        expected.put("failure", null);
        expected.put("mode", "short circuit");
        expected.put("byCycle", expectedNested);
        Map<String, Object> read = read(out.text("summary.json"));
        assertEquals(expected, read);
        assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(read.keySet()));
        assertEquals(List.of("z_first", "a_second", "list"),
                new ArrayList<>(((Map<?, ?>) read.get("byCycle")).keySet()));
        // the metadata's recipe goes to recipe.json, the rest to provenance.json
        assertEquals(Map.of("name", "e3 <ccd> & \"sc\""), read(out.text("recipe.json")));
        assertEquals(Map.of(), read(out.text("provenance.json")));
        assertTrue(out.allClosed());
    }

    @Test
    void prettyPrintedWithNullsKeptAndEmptyMapsWritten() throws IOException {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("a", null);
        summary.put("arr", new double[] {Double.NaN, 2});
        MemoryOutput out = new MemoryOutput();
        new JsonExporter().export(new Result(List.of(), summary, Map.of()), out);
        String json = out.text("summary.json");
        assertTrue(json.contains("\n  \"a\": null,\n"), json);
        assertEquals(Arrays.asList(null, 2.0), read(json).get("arr"));
        assertEquals("{}\n", out.text("provenance.json"));
    }
}
