package io.interphase.solver.cycling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.interphase.api.material.Material;
import io.interphase.api.material.PropertyKey;
import io.interphase.api.run.Limits;
import io.interphase.api.run.StepEnd;
import io.interphase.api.run.Stimulus;
import io.interphase.solver.kinetics.Electrode;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.complex.Complex;
import org.junit.jupiter.api.Test;

class CellSpectraTest {

    static final double CDL = Electrode.DEFAULT_DOUBLE_LAYER_CAPACITANCE;
    static final double HIGH = 2 * Math.PI * 1e9;
    static final double LOW = 2 * Math.PI * 1e-7;

    /** −dV/dj at rest by a central difference of the cycling model's own voltage, Ω·m². */
    static double resistanceOfTheVoltageModel(CellState s) {
        double dj = 1e-4;
        return -(s.voltage(dj) - s.voltage(-dj)) / (2 * dj);
    }

    @Test
    void theSphereResponseIsExactSphericalDiffusionAndTheTimeDomainModesFollowIt() {
        double tau = 2.5e4;
        SphereDiffusion d = new SphereDiffusion(tau);
        // the modes the cycling model follows in time, the fast rest at their steady value
        double fast = 0.2;
        for (double root : SphereDiffusion.ROOTS) {
            fast -= 2 / (root * root);
        }
        for (double wt = 1e-3; wt <= 10; wt *= 10) {
            Complex modes = new Complex(0, -tau / wt).add(tau / 3 * fast);
            for (double root : SphereDiffusion.ROOTS) {
                double tn = tau / (root * root);
                modes = modes.add(new Complex(2 * tn / 3, 0).divide(new Complex(1, wt / tau * tn)));
            }
            Complex y = d.surfaceResponse(wt / tau);
            assertEquals(0, y.subtract(modes).norm() / y.norm(), 2e-3, "ωτ = " + wt);
        }
        // high frequency: the semi-infinite Warburg τ / (3 √(jωτ)), no constant left over
        Complex q = new Complex(0, 1e8).sqrt();
        Complex warburg = q.reciprocal().multiply(tau / 3);
        assertEquals(0, d.surfaceResponse(1e8 / tau).subtract(warburg).norm() / warburg.norm(), 2e-4);
        // low frequency: the mean's integrator plus the diffusion resistance τ/15
        Complex low = d.surfaceResponse(1e-9 / tau);
        assertEquals(tau / 15, low.getReal(), 1e-9 * tau);
        assertEquals(-1, low.getImaginary() * 1e-9 / tau, 1e-9);
        // the series and the closed form meet where the response switches between them, |q| = 0.1
        // (compared as jω Y − jωτ/15 = 1 + O((ωτ)²), which does not move between the two points)
        Complex below = d.surfaceResponse(0.0099999 / tau).multiply(new Complex(0, 0.0099999 / tau))
                .subtract(new Complex(0, 0.0099999 / 15));
        Complex above = d.surfaceResponse(0.0100001 / tau).multiply(new Complex(0, 0.0100001 / tau))
                .subtract(new Complex(0, 0.0100001 / 15));
        assertEquals(0, below.subtract(above).norm(), 1e-10);
    }

    @Test
    void aFreshSymmetricCellIsItsElectrolyteAtHighFrequencyAndAddsBothInterfacesAtLow() {
        SymmetricState s = (SymmetricState) CyclingCells.start(Cells.symmetric("llzto-nano", -1), Cells.MATERIALS).state();
        double bulk = s.impedance(HIGH, CDL).getReal();
        double dc = s.impedance(LOW, CDL).getReal();
        double rct = 8.314462618 * Cells.STUDY / (96485.33212 * exchangeCurrentOfLi());
        assertEquals(2 * rct, dc - bulk, 1e-6 * rct, "two bare faces, each RT/(F i0)");
        assertEquals(resistanceOfTheVoltageModel(s), dc, 1e-5 * dc, "the spectrum's DC end is the voltage model's slope");
        assertTrue(Math.abs(s.impedance(LOW, CDL).getImaginary()) < 1e-6 * dc);
    }

    @Test
    void theInterphasesGrowthShowsInTheBulkResistance() {
        CyclingSimulation sim = CyclingCells.start(Cells.symmetric("llzto-nano", -1), Cells.MATERIALS);
        double before = sim.state().impedance(HIGH, CDL).getReal();
        FullCellTest.run(sim, new Stimulus.Rest(100 * 3600));
        double k = Cells.MATERIALS.find("lpscl").orElseThrow().property(PropertyKey.INTERPHASE_GROWTH_RATE).orElseThrow()
                .at(Cells.STUDY);
        assertEquals(2 * k * Math.sqrt(100 * 3600), sim.state().impedance(HIGH, CDL).getReal() - before, 1e-9);
    }

    @Test
    void aVoidRaisesItsSidesArcByTheContactLost() {
        CyclingSimulation sim = CyclingCells.start(Cells.symmetric("llzto-nano", -1), Cells.MATERIALS);
        SymmetricState fresh = (SymmetricState) sim.state();
        double arcs = fresh.impedance(LOW, CDL).getReal() - fresh.impedance(HIGH, CDL).getReal();
        // stripping the first face at 2 mA/cm2 for 6000 s (of the foil's 7400): t_s = K / j², θ = √(t_s/6000)
        FullCellTest.run(sim, new Stimulus.ConstantCurrent(20, Limits.duration(6000)));
        SymmetricState s = (SymmetricState) sim.state();
        double after = s.impedance(LOW, CDL).getReal() - s.impedance(HIGH, CDL).getReal();
        double sand = Double.parseDouble(sim.parameters().get("sandConstant").split(" ")[0]);
        double theta = Math.sqrt(sand / 400 / 6000);
        assertEquals(arcs / 2 * (1 / theta + 1), after, 2e-3 * after, "theta " + theta);
    }

    @Test
    void aFullCellsSpectrumSpansTheDiffusionResistanceAndEndsInTheIntercalationCapacitance() {
        CyclingSimulation sim = FullCellTest.cell();
        FullCellTest.run(sim, new Stimulus.ConstantCurrent(-2, Limits.NONE.withMaxVoltage(4.2)));
        FullCellTest.run(sim, new Stimulus.Rest(10 * 3600));
        FullCellState s = (FullCellState) sim.state();
        // at low frequency the cathode is a capacitor, C = Q / (−dU/dy), in series with the diffusion
        // resistance (−dU/dy / Q) τ/15 that separates the spectrum's ends without the double layer
        double inverseCapacitance = -LOW * s.impedance(LOW, 0).getImaginary();
        double tau = lcoDiffusionTime();
        assertEquals(inverseCapacitance * tau / 15, s.impedance(LOW, 0).getReal() - s.impedance(HIGH, 0).getReal(),
                1e-3 * inverseCapacitance * tau / 15);
        // the voltage model's instantaneous slope lies between: it holds only the fast modes' part of τ/15
        double slope = resistanceOfTheVoltageModel(s);
        assertTrue(slope > s.impedance(HIGH, 0).getReal() && slope < s.impedance(LOW, 0).getReal());
        // with the double layer, the high-frequency end is the series resistance alone, below every arc
        assertTrue(s.impedance(HIGH, CDL).getReal() < 0.9 * s.impedance(HIGH, 0).getReal());
        // at low frequency the cathode is a capacitor: −1/(ω Im Z) = Q / (−dU/dy), positive
        double capacitance = -1 / (LOW * s.impedance(LOW, CDL).getImaginary());
        assertTrue(capacitance > 0 && Double.isFinite(capacitance), "intercalation capacitance " + capacitance);
        Complex lower = s.impedance(LOW / 10, CDL);
        assertEquals(capacitance, -1 / (LOW / 10 * lower.getImaginary()), 1e-3 * capacitance);
    }

    @Test
    void aSpectrumStepRecordsEachFrequencyAndRestsForOnePeriodOfEach() {
        CyclingSimulation sim = CyclingCells.start(Cells.symmetric("llzto-nano", 0.2), Cells.MATERIALS);
        List<double[]> spectrum = new ArrayList<>();
        Stimulus.FrequencySweep sweep = new Stimulus.FrequencySweep(Stimulus.FrequencySweep.logSpaced(1e6, 0.1, 5), 0.01);
        StepEnd end = sim.run(sweep, new CyclingSimulation.Recorder() {
            @Override
            public void sample(double t, double v, double j) {
                assertEquals(0, j, 0);
            }

            @Override
            public void impedance(double frequency, double real, double imaginary) {
                spectrum.add(new double[] {frequency, real, imaginary});
            }
        }, FullCellTest.NONE);
        assertEquals(sweep.frequencies().length, spectrum.size());
        double periods = 0;
        for (double hz : sweep.frequencies()) {
            periods += 1 / hz;
        }
        assertEquals(periods, end.duration(), 1e-9 * periods);
        assertTrue(spectrum.get(0)[1] < spectrum.get(spectrum.size() - 1)[1], "the real part grows towards low frequency");
    }

    /** R²/D of the LCO particles at 25 °C, s. */
    private static double lcoDiffusionTime() {
        Material lco = Cells.MATERIALS.find("lco-lzo").orElseThrow();
        double radius = lco.property(PropertyKey.PARTICLE_SIZE).orElseThrow().at(Cells.STUDY) / 2;
        return radius * radius / lco.property(PropertyKey.LI_DIFFUSIVITY).orElseThrow().at(Cells.STUDY);
    }

    private static double exchangeCurrentOfLi() {
        return Cells.MATERIALS.find("li-metal").orElseThrow().property(PropertyKey.EXCHANGE_CURRENT_DENSITY).orElseThrow()
                .at(Cells.STUDY);
    }
}
