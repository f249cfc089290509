package io.interphase.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.interphase.api.run.Recipe;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SensitivityTest {

    private static Recipe recipe(String name) throws IOException {
        return RecipeReading.read(RunPipelineTest.sample(name), RunPipelineTest.SERVICES);
    }

    @Test
    void everyAssumptionOfTheCellsMaterialsIsVariedButVoltagesAndTemperatures() throws IOException {
        List<String> leftOut = new ArrayList<>();
        List<Sensitivity.Variation> v = Sensitivity.variations(recipe("e5-rate-sc-20-nano.json"), leftOut);
        List<String> names = v.stream().map(Sensitivity.Variation::name).toList();
        assertTrue(names.contains("lpscl.surfaceFlawSize"), names.toString());
        assertFalse(names.contains("li-metal.voidCalibrationCurrentDensity"), "a record of a measurement, not an assumption");
        assertTrue(names.contains("soft-carbon.electronicConductivity"), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.contains("CutoffVoltage")), names.toString());
        assertTrue(leftOut.stream().anyMatch(l -> l.startsWith("lco-lzo.upperCutoffVoltage")), leftOut.toString());
        // a material the cell does not hold is not varied
        assertFalse(names.stream().anyMatch(n -> n.startsWith("llzto-micro.")), names.toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aVariationIsARecipeParameterAndTheGivenRecipeIsLeftAlone() throws IOException {
        Recipe base = recipe("e3-ccd-sc-20-nano.json");
        Sensitivity.Variation v = new Sensitivity.Variation("soft-carbon", "electronicConductivity", 3, "S/cm");
        Map<String, Object> varied = Sensitivity.with(base.given(), v, 2, 328.15);
        assertFalse(base.given().containsKey("parameters"));
        Map<String, Object> p = (Map<String, Object>) ((Map<String, Object>) varied.get("parameters")).get("soft-carbon");
        assertEquals(Map.of("value", "6 S/cm", "at", "328.15 K"), p.get("electronicConductivity"));
        // the reader takes it, and the material then has the new value at the cell's temperature
        Recipe read = RecipeReading.read(varied, RunPipelineTest.SERVICES);
        assertEquals(600, read.materials().find("soft-carbon").orElseThrow().property(
                io.interphase.api.material.PropertyKey.ELECTRONIC_CONDUCTIVITY).orElseThrow().at(328.15), 1e-9);
    }

    @Test
    void theFlawSizeMovesTheBareCellsCriticalCurrentAndUnderTheStudysPressureTheLiDiffusivityDoesNot() throws IOException {
        // Griffith-Irwin: deeper flaws open at less overpotential, so the ramp shorts earlier; at 375 MPa creep closes
        // every void, so how fast Li diffuses to the contact cannot matter
        Recipe base = recipe("e3-ccd-bare-li.json");
        Sensitivity.Report r = Sensitivity.of(base, 2, list -> list.stream().map(RunPipelineTest::run).toList());
        assertEquals(3.0, r.base().get("ccd_mA_cm2"), 1e-9);
        Sensitivity.Row flaw = row(r, "lpscl.surfaceFlawSize", "ccd_mA_cm2");
        assertTrue(flaw.low() > 3 && flaw.high() < 3, flaw.toString());
        Sensitivity.Row diffusivity = row(r, "li-metal.liDiffusivity", "ccd_mA_cm2");
        assertEquals(3.0, diffusivity.low(), 1e-9);
        assertEquals(3.0, diffusivity.high(), 1e-9);
        String svg = TornadoSvg.of("ccd_mA_cm2", 2, r.rows().stream().filter(x -> x.figure().equals("ccd_mA_cm2")).toList());
        assertTrue(svg.indexOf("surfaceFlawSize") < svg.indexOf("liDiffusivity"), "widest bar first");
        assertThrows(IllegalArgumentException.class, () -> Sensitivity.of(base, 1, list -> List.of()));
    }

    private static Sensitivity.Row row(Sensitivity.Report r, String parameter, String figure) {
        return r.rows().stream().filter(x -> x.variation().name().equals(parameter) && x.figure().equals(figure))
                .findFirst().orElseThrow(() -> new AssertionError(parameter + " " + figure + " in " + r.rows()));
    }
}
