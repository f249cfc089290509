package io.interphase.solver.phasefield;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.interphase.api.FieldError;
import io.interphase.api.InvalidInputException;
import io.interphase.api.run.Limits;
import io.interphase.api.run.Stimulus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every bad option or cell is refused before any work starts, naming its field and what is allowed. */
class BadInputTest {

    private static List<FieldError> refused(Map<String, ?> options) {
        return assertThrows(InvalidInputException.class,
                () -> new PhaseFieldSolver().start(Stacks.of("llzto-nano", 0.2), Stacks.MATERIALS, options)).errors();
    }

    @Test
    void aGridTooCoarseForTheInterfaceIsRefused() {
        FieldError e = refused(Map.of("grid", "0.5 um")).get(0);
        assertEquals("options.grid", e.field());
        assertTrue(e.message().contains("at most 0.375 um"), e.message());
    }

    @Test
    void aGridTooLargeForTheMemoryIsRefusedBeforeAnythingIsAllocated() {
        FieldError e = refused(Map.of("width", "10 mm", "grid", "0.01 um")).get(0);
        assertEquals("options.grid", e.field());
        assertTrue(e.message().contains("take a coarser grid"), e.message());
    }

    @Test
    void unknownOptionsAndBadQuantitiesAreEachNamed() {
        List<FieldError> errors = refused(Map.of("gird", "0.2 um", "width", "-3 um", "fieldsEvery", "2 V", "seed", 1.5));
        List<String> fields = errors.stream().map(FieldError::field).sorted().toList();
        assertEquals(List.of("options.fieldsEvery", "options.gird", "options.seed", "options.width"), fields);
    }

    @Test
    void aCellThatIsNotLiInterlayerElectrolyteIsRefusedNamingTheLayer() {
        FieldError e = assertThrows(InvalidInputException.class,
                () -> new PhaseFieldSolver().start(reversed(), Stacks.MATERIALS, Map.of())).errors().get(0);
        assertEquals("layers[0]", e.field());
    }

    private static io.interphase.api.cell.CellProperties reversed() {
        var cell = Stacks.of(null, 0);
        var layers = new java.util.ArrayList<>(cell.layers());
        java.util.Collections.reverse(layers);
        return new io.interphase.api.cell.CellProperties(cell.cell(), layers);
    }

    @Test
    void stepsItCannotAnswerAreRefusedNamingThem() {
        PhaseFieldSimulation sim = PhaseFieldSimulationTest.start("llzto-nano", 0.2, Map.of("width", "2 um", "grid", "0.375 um"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sim.run(
                new Stimulus.ConstantVoltage(0.1, Limits.duration(1)), new PhaseFieldSimulationTest.Frames(),
                PhaseFieldSimulationTest.QUIET));
        assertTrue(e.getMessage().contains("constant-current and rest"), e.getMessage());
    }
}
