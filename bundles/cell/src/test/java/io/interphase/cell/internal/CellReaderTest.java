package io.interphase.cell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.interphase.api.FieldError;
import io.interphase.api.InvalidInputException;
import io.interphase.api.cell.Cell;
import io.interphase.api.cell.Layer;
import io.interphase.api.material.MaterialCatalog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class CellReaderTest {

    private static final MaterialCatalog STUDY = TestMaterials.study();

    /** The issue's example as Gson would hand it over: maps, lists and strings. */
    private static Map<String, Object> example() {
        Map<String, Object> cell = new LinkedHashMap<>();
        cell.put("name", "SC-20% nano LLZTO symmetric");
        cell.put("area", "0.785 cm2");
        cell.put("temperature", "25 degC");
        List<Object> layers = new ArrayList<>();
        layers.add(new HashMap<>(Map.of("material", "li-metal", "thickness", "20 um")));
        layers.add(interlayer());
        layers.add(new HashMap<>(Map.of("material", "lpscl", "mass", "80 mg")));
        layers.add(interlayer());
        layers.add(new HashMap<>(Map.of("material", "li-metal", "thickness", "20 um")));
        cell.put("layers", layers);
        return cell;
    }

    private static Map<String, Object> interlayer() {
        Map<String, Object> composite = new LinkedHashMap<>();
        composite.put("soft-carbon", "80 wt%");
        composite.put("llzto-nano", "20 wt%");
        return new HashMap<>(Map.of("composite", composite, "thickness", "30 um"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> layer(Map<String, Object> cell, int i) {
        return (Map<String, Object>) ((List<Object>) cell.get("layers")).get(i);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> composite(Map<String, Object> cell, int i) {
        return (Map<String, Object>) layer(cell, i).get("composite");
    }

    private static List<FieldError> errors(Consumer<Map<String, Object>> change) {
        Map<String, Object> cell = example();
        change.accept(cell);
        return assertThrows(InvalidInputException.class, () -> CellReader.read(cell, STUDY)).errors();
    }

    private static void assertError(Consumer<Map<String, Object>> change, String field, String messagePart) {
        List<FieldError> errors = errors(change);
        assertTrue(errors.stream().anyMatch(e -> e.field().equals(field) && e.message().contains(messagePart)),
                "expected " + field + " ~ '" + messagePart + "', got " + errors);
    }

    @Test
    void theIssuesExampleReadsIntoSi() {
        Cell cell = CellReader.read(example(), STUDY);
        assertEquals("SC-20% nano LLZTO symmetric", cell.name());
        assertEquals(7.85e-5, cell.area(), 1e-18);
        assertEquals(298.15, cell.temperature(), 1e-12);
        assertEquals(5, cell.layers().size());
        Layer interlayer = cell.layers().get(1);
        assertEquals(30e-6, interlayer.thickness().getAsDouble(), 1e-18);
        assertEquals(0.8, interlayer.constituents().get(0).massFraction(), 1e-15);
        assertEquals(0.2, interlayer.constituents().get(1).massFraction(), 1e-15);
        assertEquals(80e-6, cell.layers().get(2).mass().getAsDouble(), 1e-18);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCellWrittenFromTheOtherEndIsTheSameCellFromItsAnode() {
        // LPSCl | layer | Li, as a full cell is written cathode first, reads as Li | layer | LPSCl
        Map<String, Object> written = example();
        List<Object> layers = (List<Object>) written.get("layers");
        layers.subList(0, 2).clear();
        assertEquals("lpscl", layer(written, 0).get("material"));
        Cell cell = CellReader.read(written, STUDY);
        assertEquals(List.of("li-metal", "soft-carbon", "lpscl"),
                cell.layers().stream().map(l -> l.constituents().get(0).material()).toList());
        // a symmetric cell, metal at both ends, stays as written
        assertEquals("li-metal", CellReader.read(example(), STUDY).layers().get(0).constituents().get(0).material());
    }

    @Test
    void fractionsThatDoNotAddTo100AreNamed() {
        assertError(c -> composite(c, 1).put("llzto-nano", "15 wt%"), "layers[1].composite", "add to 95 wt%");
    }

    @Test
    void anUnknownMaterialIsNamedWithTheAvailableOnes() {
        assertError(c -> layer(c, 2).put("material", "lpsc"), "layers[2].material", "available: li-metal");
        assertError(c -> composite(c, 3).put("llzto-nanoo", composite(c, 3).remove("llzto-nano")),
                "layers[3].composite.llzto-nanoo", "no material 'llzto-nanoo'");
    }

    @Test
    void negativeNonNumericMissingAndWrongUnitsAreNamed() {
        assertError(c -> layer(c, 0).put("thickness", "-20 um"), "layers[0].thickness", "out of range");
        assertError(c -> layer(c, 0).put("thickness", "thick"), "layers[0].thickness", "not a number");
        assertError(c -> layer(c, 0).put("thickness", "20"), "layers[0].thickness", "no unit");
        assertError(c -> layer(c, 0).put("thickness", "20 mA"), "layers[0].thickness", "expected a length");
        assertError(c -> layer(c, 0).put("thickness", 20.0), "layers[0].thickness", "with a unit");
        assertError(c -> layer(c, 0).put("thickness", "NaN um"), "layers[0].thickness", "not a number");
        assertError(c -> c.put("area", "0.785 cm"), "area", "expected a area");
        assertError(c -> c.put("temperature", "900 degC"), "temperature", "150 to 600 K");
        assertError(c -> c.remove("temperature"), "temperature", "required");
    }

    @Test
    void fractionsMustBeMassFractions() {
        assertError(c -> composite(c, 1).put("llzto-nano", "20 vol%"), "layers[1].composite.llzto-nano", "wt%");
        assertError(c -> composite(c, 1).put("llzto-nano", 0.2), "layers[1].composite.llzto-nano", "with a unit");
    }

    @Test
    void aParticleSizeCanBeGivenPerConstituent() {
        Map<String, Object> cell = example();
        composite(cell, 1).put("llzto-nano", new HashMap<>(Map.of("fraction", "20 wt%", "particleSize", "500 nm")));
        Layer layer = CellReader.read(cell, STUDY).layers().get(1);
        assertEquals(500e-9, layer.constituents().get(1).particleSize().getAsDouble(), 1e-18);
    }

    @Test
    void typosAndContradictionsAreNotSilentlyIgnored() {
        assertError(c -> layer(c, 0).put("thikness", layer(c, 0).remove("thickness")), "layers[0].thikness",
                "unknown field");
        assertError(c -> layer(c, 0).put("mass", "10 mg"), "layers[0]", "exactly one of 'thickness'");
        assertError(c -> layer(c, 0).put("composite", Map.of("lpscl", "100 wt%")), "layers[0]", "exactly one of 'material'");
        assertError(c -> c.put("layers", List.of()), "layers", "1 to 50 layers");
        assertError(c -> layer(c, 1).put("percolationThreshold", 1.5), "layers[1].percolationThreshold", "out of range");
    }

    @Test
    void everyBadFieldIsReportedAtOnce() {
        List<FieldError> errors = errors(c -> {
            c.put("area", "-1 cm2");
            layer(c, 0).put("thickness", "20");
            layer(c, 2).put("material", "unobtainium");
        });
        assertEquals(List.of("area", "layers[0].thickness", "layers[2].material"),
                errors.stream().map(FieldError::field).toList());
    }

    @Test
    void percolationParametersAreRead() {
        Map<String, Object> cell = example();
        layer(cell, 1).put("percolationThreshold", 0.25);
        layer(cell, 1).put("percolationExponent", 1.7);
        Layer layer = CellReader.read(cell, STUDY).layers().get(1);
        assertEquals(0.25, layer.percolation().threshold());
        assertEquals(1.7, layer.percolation().exponent());
    }
}
