package io.interphase.run;

import static io.interphase.run.RunPipelineTest.SERVICES;
import static io.interphase.run.RunPipelineTest.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.interphase.api.FieldError;
import io.interphase.api.InvalidInputException;
import io.interphase.api.run.Protocol;
import io.interphase.api.run.Recipe;
import io.interphase.api.run.Step;
import io.interphase.api.run.Stimulus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One reader of every recipe field: the cell first, then the protocol parsed once against its 1C, then the solver. */
class RecipeReadingTest {

    @Test
    void cRatesAreResolvedAgainstTheCathodesPracticalCapacityAndTheProtocolIsParsedOnce() throws IOException {
        int[] parses = {0};
        List<Protocol> counting = new ArrayList<>();
        for (Protocol p : SERVICES.protocols()) {
            counting.add(new Protocol() {
                @Override
                public String id() {
                    return p.id();
                }

                @Override
                public boolean accepts(String line) {
                    return p.accepts(line);
                }

                @Override
                public Step parse(String line, Context context) {
                    parses[0]++;
                    return p.parse(line, context);
                }
            });
        }
        RecipeReading.Services services = new RecipeReading.Services(SERVICES.cellModel(), SERVICES.materials(),
                SERVICES.solvers(), counting, SERVICES.exporters());
        Recipe r = RecipeReading.read(sample("e5-rate-sc-20-nano.json"), services);
        assertEquals(r.protocol().size(), parses[0], "each line parsed once");
        // 1.936 mg of a 60 wt% LCO composite on 0.785 cm2 is 1.48 mg/cm2; at 135 mAh/g that is 0.2 mAh/cm2
        assertEquals(0.2e-3 * 3600 / 1e-4, r.nominalCapacity(), 0.002 * r.nominalCapacity());
        Stimulus.ConstantCurrent first = (Stimulus.ConstantCurrent) ((Step.Apply) r.steps().get(0)).stimulus();
        assertEquals(-0.1 * r.nominalCapacity() / 3600, first.currentDensity(), 1e-12, "0.1C charge, A/m2");
        assertEquals(Optional.of("cycling"), r.solver());
    }

    @Test
    void aCellWithoutACathodeHasNoCapacityAndACellToSimulateNeedsNoProtocol() throws IOException {
        Map<String, Object> recipe = sample("kinetics", "sc-20-nano.json");
        recipe.remove("protocol");
        Recipe r = RecipeReading.read(recipe, SERVICES);
        assertTrue(Double.isNaN(r.nominalCapacity()));
        assertEquals(List.of(), r.steps());
        assertEquals(Optional.empty(), r.solver(), "no steps and no solver named: nothing to choose");
        assertEquals(0.3, r.sweep().maxVoltage().getAsDouble(), 1e-12);
        assertEquals(61, r.sweep().points().getAsInt());
        assertEquals(0.01, r.spectrum().fmin().getAsDouble(), 1e-15);
        assertEquals(1e6, r.spectrum().fmax().getAsDouble(), 1e-6);
        assertEquals(10, r.spectrum().pointsPerDecade().getAsInt());
        assertTrue(r.spectrum().doubleLayerCapacitance().isEmpty());
    }

    @Test
    void everyBadFieldIsReportedAtOnce() throws IOException {
        Map<String, Object> recipe = sample("kinetics", "sc-20-nano.json");
        recipe.put("temprature", "25 degC");
        recipe.put("outputs", List.of("vtk"));
        recipe.put("sweep", Map.of("maxVoltage", "0.3 A", "points", 2.5));
        recipe.put("eis", Map.of("fmin", "-1 Hz", "ppd", 10.0));
        recipe.put("solver", 3.0);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RecipeReading.read(recipe, SERVICES));
        List<String> fields = e.errors().stream().map(FieldError::field).toList();
        assertTrue(fields.containsAll(List.of("temprature", "outputs", "sweep.maxVoltage", "sweep.points", "eis.ppd",
                "solver")), fields.toString());
        String unknown = e.errors().stream().filter(f -> f.field().equals("temprature")).findFirst().orElseThrow().message();
        assertTrue(unknown.contains("temperature") && unknown.contains("protocol"), unknown);
    }

    @Test
    void aRecipeIsAnObject() {
        assertEquals("recipe", assertThrows(InvalidInputException.class, () -> RecipeReading.read(null, SERVICES))
                .errors().get(0).field());
    }

    @Test
    void aSolverOrExporterWhoseMethodsThrowIsLeftOutAndTheOthersStillServeTheRecipe() throws java.io.IOException {
        io.interphase.api.run.Solver broken = new io.interphase.api.run.Solver() {
            @Override
            public String id() {
                throw new IllegalStateException("half-finished solver");
            }

            @Override
            public java.util.Set<io.interphase.api.run.Solver.Capability> capabilities() {
                throw new IllegalStateException("half-finished solver");
            }

            @Override
            public int suitability(io.interphase.api.cell.CellProperties cell) {
                throw new IllegalStateException("half-finished solver");
            }

            @Override
            public io.interphase.api.run.Simulation start(io.interphase.api.cell.CellProperties cell,
                    io.interphase.api.material.MaterialCatalog materials) {
                throw new IllegalStateException("half-finished solver");
            }
        };
        io.interphase.api.run.Solver cycling = SERVICES.solvers().get(0);
        io.interphase.api.run.Solver unsuitable = new io.interphase.api.run.Solver() {
            @Override
            public String id() {
                return "flaky";
            }

            @Override
            public java.util.Set<io.interphase.api.run.Solver.Capability> capabilities() {
                return cycling.capabilities();
            }

            @Override
            public int suitability(io.interphase.api.cell.CellProperties cell) {
                throw new IllegalStateException("suitability throws");
            }

            @Override
            public io.interphase.api.run.Simulation start(io.interphase.api.cell.CellProperties cell,
                    io.interphase.api.material.MaterialCatalog materials) {
                return cycling.start(cell, materials);
            }
        };
        io.interphase.api.run.Exporter brokenExporter = new io.interphase.api.run.Exporter() {
            @Override
            public String formatId() {
                throw new IllegalStateException("half-finished exporter");
            }

            @Override
            public void export(io.interphase.api.run.Result result, Output output) {
                throw new IllegalStateException("half-finished exporter");
            }
        };
        java.util.List<io.interphase.api.run.Solver> solvers = new java.util.ArrayList<>(java.util.List.of(broken, unsuitable));
        solvers.addAll(SERVICES.solvers());
        java.util.List<io.interphase.api.run.Exporter> exporters = new java.util.ArrayList<>(java.util.List.of(brokenExporter));
        exporters.addAll(SERVICES.exporters());
        RecipeReading.Services services = new RecipeReading.Services(SERVICES.cellModel(), SERVICES.materials(), solvers,
                SERVICES.protocols(), exporters);
        assertEquals(SERVICES.solvers().size() + 1, services.solvers().size(), "the one whose id throws is left out");
        assertEquals(SERVICES.exporters().size(), services.exporters().size());
        io.interphase.api.run.Recipe r = RecipeReading.read(RunPipelineTest.sample("e3-ccd-bare-li.json"), services);
        assertEquals(java.util.Optional.of("cycling"), r.solver(), "the flaky one, whose suitability throws, is never chosen");
    }
}
