package io.interphase.solver.phasefield;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.interphase.api.run.FieldFrame;
import io.interphase.api.run.Limits;
import io.interphase.api.run.Progress;
import io.interphase.api.run.Simulation;
import io.interphase.api.run.StepEnd;
import io.interphase.api.run.Stimulus;
import io.interphase.api.units.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhaseFieldSimulationTest {

    static final double PLATE = -50; // 5 mA/cm2

    static final Progress QUIET = new Progress() {
        @Override
        public void report(double fraction, String note) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** Keeps the frames. */
    static final class Frames implements Simulation.Recorder {
        final List<FieldFrame> frames = new ArrayList<>();
        int samples;

        @Override
        public void sample(double time, double voltage, double currentDensity) {
            samples++;
        }

        @Override
        public void field(FieldFrame frame) {
            frames.add(frame);
        }
    }

    static PhaseFieldSimulation start(String llzto, double fraction, Map<String, ?> options) {
        return (PhaseFieldSimulation) new PhaseFieldSolver().start(Stacks.of(llzto, fraction), Stacks.MATERIALS, options);
    }

    @Test
    void aFlatFrontInAUniformMediumAdvancesAtTheCurrentOverFaradayTimesTheLiDensity() {
        PhaseFieldSimulation sim = start(null, -1, Map.of("width", "1 um", "electrolyte", "5 um"));
        PhaseFieldModel m = model(sim);
        // the first 50 s let the interface take its moving shape (it relaxes in ℓ²/D ≈ 4 s; the velocity is then steady)
        sim.run(new Stimulus.ConstantCurrent(PLATE, Limits.duration(50)), new Frames(), QUIET);
        double before = Metrics.front(m.d, m.s, 0);
        double seconds = 100;
        StepEnd end = sim.run(new Stimulus.ConstantCurrent(PLATE, Limits.duration(seconds)), new Frames(), QUIET);
        assertEquals(StepEnd.Reason.DURATION, end.reason());
        double advance = Metrics.front(m.d, m.s, 0) - before;
        double expected = -PLATE * seconds / (Units.FARADAY * m.p.molarDensity());
        assertEquals(expected, advance, 0.01 * expected, "front moved " + advance + " m");
        assertEquals(0, sim.massBalanceError(), 1e-6);
        // a flat front stays flat
        assertEquals(0, (double) sim.figures().get("front_roughness_um"), 1e-9);
    }

    @Test
    void theLiPlatedIntoANanoLlztoLayerEqualsTheChargeOverFaraday() {
        PhaseFieldSimulation sim = start("llzto-nano", 0.2, Map.of("width", "5 um", "grid", "0.375 um"));
        Frames frames = new Frames();
        StepEnd end = sim.run(new Stimulus.ConstantCurrent(PLATE, Limits.duration(30)), frames, QUIET);
        assertEquals(StepEnd.Reason.DURATION, end.reason());
        Map<String, Object> f = sim.figures();
        assertEquals(0, (double) f.get("li_mass_balance_error"), 0.01);
        double inside = (double) f.get("li_inside_layer_fraction");
        double face = (double) f.get("li_at_interface_fraction");
        double above = (double) f.get("li_in_electrolyte_fraction");
        assertEquals(1, inside + face + above, 1e-9);
        // 20 snapshots a step and one at its end, each of the four fields
        assertEquals(PhaseFieldSimulation.FRAMES_PER_STEP + 1, frames.frames.size());
        assertEquals(List.of("xi", "c", "phi_e_V", "phi_i_V"), List.copyOf(frames.frames.get(0).fields().keySet()));
        assertTrue(sim.voltage() < 0, "plating drives the electrode below the electrolyte: " + sim.voltage());
        System.out.println("nano 20 %, 30 s at 5 mA/cm2: " + f);
    }

    static PhaseFieldModel model(PhaseFieldSimulation sim) {
        try {
            var field = PhaseFieldSimulation.class.getDeclaredField("model");
            field.setAccessible(true);
            return (PhaseFieldModel) field.get(sim);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
