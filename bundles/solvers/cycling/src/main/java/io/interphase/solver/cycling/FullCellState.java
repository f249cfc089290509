package io.interphase.solver.cycling;

import io.interphase.api.material.OcvCurve;
import io.interphase.solver.kinetics.ButlerVolmer;
import org.hipparchus.complex.Complex;

/**
 * A full cell, cathode composite | electrolyte | (layer) | Li, in equivalent-circuit form:
 * <pre>
 * V = U(y_s) − η_c(J) − J (R_s + (k_SEI + k_CEI) √t) − V_Li(J) − constriction
 * </pre>
 * U the cathode's OCV at its particles' surface composition y_s (mean plus {@link SphereDiffusion}'s
 * excess), η_c Butler–Volmer on the particles' surface, R_s the electrolyte plus a third of the
 * composite's ionic resistance (reaction spread through the composite), the interphases at both sides
 * growing as √t, V_Li the Li side's steady voltage and the constriction of a void there.
 */
final class FullCellState implements CellState {

    /**
     * @param seriesResistance R_s, Ω·m²
     * @param interphaseRate k_SEI + k_CEI per cell area, Ω·m²/√s
     * @param cathodeSurface particle surface per cell area (a L)
     * @param theoreticalCapacity C/m² between y = 0 and 1 of the active material
     * @param diffusionTime R²/D of the cathode particles, s
     */
    record Setup(LithiumSide anode, FailureModel voids, double seriesResistance, double interphaseRate,
            ButlerVolmer cathodeKinetics, double cathodeSurface, OcvCurve ocv, double theoreticalCapacity,
            double diffusionTime) {
    }

    private final Setup setup;
    private double time;
    private double lithiation;
    private final SphereDiffusion particles;
    private final LiContact anode;

    /** A fresh cell: the cathode fully lithiated (as made), the Li in full contact. */
    FullCellState(Setup setup) {
        this(setup, 0, setup.ocv().maxFraction(), new SphereDiffusion(setup.diffusionTime()),
                new LiContact(setup.anode(), setup.voids()));
    }

    private FullCellState(Setup setup, double time, double lithiation, SphereDiffusion particles, LiContact anode) {
        this.setup = setup;
        this.time = time;
        this.lithiation = lithiation;
        this.particles = particles;
        this.anode = anode;
    }

    /** Mean Li fraction y of the cathode's active material. */
    double lithiation() {
        return lithiation;
    }

    private double lastCurrent = Double.NaN;
    private double lastOverpotential;

    double surfaceLithiation(double j) {
        return lithiation + particles.surfaceExcess(j / setup.theoreticalCapacity());
    }

    @Override
    public double voltage(double j) {
        OcvCurve ocv = setup.ocv();
        double ys = Math.max(ocv.minFraction(), Math.min(ocv.maxFraction(), surfaceLithiation(j)));
        return ocv.voltage(ys) - cathodeOverpotential(j) - j * seriesResistance() - setup.anode().voltage(j) - anode.constriction(j);
    }

    /** η_c at cell current j: a function of j alone, so a step at one current solves it once, not every sub-step. */
    private double cathodeOverpotential(double j) {
        if (j != lastCurrent) {
            lastOverpotential = setup.cathodeKinetics().overpotential(j / setup.cathodeSurface());
            lastCurrent = j;
        }
        return lastOverpotential;
    }

    @Override
    public Complex impedance(double omega, double doubleLayerCapacitance) {
        return cathodeImpedance(omega, doubleLayerCapacitance).add(seriesResistance())
                .add(anode.impedance(omega, doubleLayerCapacitance));
    }

    /**
     * Randles on the particles' surface S per cell area: the double layer in parallel with charge
     * transfer in series with solid diffusion, whose voltage is the OCV's slope times the surface
     * composition's response, −U'(y) Y(ω) / Q.
     */
    private Complex cathodeImpedance(double omega, double doubleLayerCapacitance) {
        double surface = setup.cathodeSurface();
        Complex faradaic = particles.surfaceResponse(omega).multiply(-ocvSlope() / setup.theoreticalCapacity())
                .add(setup.cathodeKinetics().chargeTransferResistance() / surface);
        return faradaic.reciprocal().add(new Complex(0, omega * doubleLayerCapacitance * surface)).reciprocal();
    }

    /** dU/dy at the particles' surface at rest, V, by a central difference inside the OCV curve's range. */
    private double ocvSlope() {
        OcvCurve ocv = setup.ocv();
        double h = 1e-4;
        double y = Math.max(ocv.minFraction() + h, Math.min(ocv.maxFraction() - h, surfaceLithiation(0)));
        return (ocv.voltage(y + h) - ocv.voltage(y - h)) / (2 * h);
    }

    /** The electrolyte, a third of the composite's ionic resistance and both interphases, Ω·m². */
    private double seriesResistance() {
        return setup.seriesResistance() + setup.interphaseRate() * Math.sqrt(time);
    }

    @Override
    public void advance(double dt, double j) {
        double rate = j / setup.theoreticalCapacity();
        lithiation += rate * dt;
        particles.advance(dt, rate);
        time += dt;
        anode.advance(dt, j, time);
    }

    @Override
    public CellState copy() {
        FullCellState copy = new FullCellState(setup, time, lithiation, particles.copy(), anode.copy());
        copy.lastCurrent = lastCurrent;
        copy.lastOverpotential = lastOverpotential;
        return copy;
    }

    @Override
    public String failure(double j) {
        return anode.shortCause(j, "negative");
    }

    @Override
    public String exhausted(double j) {
        double ys = surfaceLithiation(j);
        if (j > 0 && ys >= setup.ocv().maxFraction()) {
            return "the cathode particles' surface is fully lithiated";
        }
        if (j < 0 && ys <= setup.ocv().minFraction()) {
            return "the cathode particles' surface reached the end of the OCV curve";
        }
        if (j > 0 && anode.inventory() <= 0) {
            return "the Li of the negative side is used up";
        }
        return null;
    }

    @Override
    public double timeScale(double j) {
        return j == 0 ? 3600 : setup.theoreticalCapacity() / Math.abs(j);
    }
}
