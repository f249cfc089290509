package io.interphase.solver.cycling;

import java.util.Locale;
import org.hipparchus.complex.Complex;

/**
 * The mutable state of one Li side: its Sand clock (how depleted the metal behind the contact is),
 * whether a void has opened and how much Li it lacks, the contact left, and the Li it still holds.
 * Only a bare metal face voids (see {@link LithiumSide#metalMeetsElectrolyte()}); creep under the
 * stack pressure closes voids at the rate of {@link FailureModel#creepClosureRate()}; any side shorts
 * when Li plated onto its electrolyte face reaches the critical overpotential of the electrolyte's flaws.
 */
final class LiContact {

    private final LithiumSide side;
    private final FailureModel model;
    /** Local plating flux at the electrolyte face that penetrates it, A/m² of true contact. */
    private final double penetrationFlux;
    /** The Sand clock t_s: time stripped, relaxed by creep, s. */
    private double stripTime;
    private double contact = 1;
    private double voidTime = Double.NaN;
    /** Li stripped from the face beyond what creep and diffusion brought back, C/m². */
    private double deficit;
    private double inventory;

    LiContact(LithiumSide side, FailureModel model) {
        this.side = side;
        this.model = model;
        this.penetrationFlux = model.penetrationFlux(side.faceKinetics());
        this.inventory = side.inventory();
    }

    LiContact copy() {
        LiContact c = new LiContact(side, model);
        c.stripTime = stripTime;
        c.contact = contact;
        c.voidTime = voidTime;
        c.deficit = deficit;
        c.inventory = inventory;
        return c;
    }

    /** Advances by dt at current density j leaving this metal (> 0 strips); {@code now} is the time at the end. */
    void advance(double dt, double j, double now) {
        inventory -= j * dt;
        if (!side.metalMeetsElectrolyte()) {
            return;
        }
        double r = model.creepClosureRate();
        double closing = Math.exp(-r * dt); // exact for the linear closure over the step
        deficit *= closing;
        contact = 1 - (1 - contact) * closing;
        if (j > 0) {
            // dt_s/dt = 1 − r t_s, solved exactly over the step
            // (1 − e^{−r dt})/r by expm1: at a small pressure r dt is tiny and 1 − e^{−r dt} would round to 0
            stripTime = r > 0 ? stripTime * closing - Math.expm1(-r * dt) / r : stripTime + dt;
            double flux = side.faceFlux(j);
            double theta = flux > 0 && stripTime > model.sandTime(flux) ? Math.sqrt(model.sandTime(flux) / stripTime) : 1;
            if (theta < 1) {
                if (Double.isNaN(voidTime)) {
                    voidTime = now - Math.min(dt, stripTime - model.sandTime(flux)); // exact without creep
                }
                deficit += j * dt * (1 - theta); // the supply is √(K/t) = θ j
            }
            contact = Math.min(contact, theta);
        } else {
            stripTime *= closing;
            if (j < 0) {
                refill(-j * dt);
            } else if (voided() && deficit <= 1e-12 * side.inventory()) {
                closed(); // creep has closed the void while the cell rested; the clock keeps its own relaxation otherwise
            }
        }
    }

    /** Plated Li first fills the void (from the contact left, so the contact recovers only once it is full). */
    private void refill(double plated) {
        if (voided()) {
            deficit -= plated;
            if (deficit > 0) {
                return;
            }
        }
        closed();
    }

    private void closed() {
        stripTime = 0;
        contact = 1;
        voidTime = Double.NaN;
        deficit = 0;
    }

    boolean voided() {
        return contact < 1;
    }

    double contact() {
        return contact;
    }

    double deficit() {
        return deficit;
    }

    double inventory() {
        return inventory;
    }

    /** Extra voltage of the lost contact while j leaves the metal: the side's low-field resistance scaled by 1/θ − 1. */
    double constriction(double j) {
        return contact < 1 ? j * side.electrode().lowFieldResistance() * (1 / contact - 1) : 0;
    }

    /** The side's impedance about rest, Ω·m²: its electrode's, on the contact left. */
    Complex impedance(double omega, double doubleLayerCapacitance) {
        return side.electrode().impedance(omega, doubleLayerCapacitance).divide(contact);
    }

    /** The cause of a short if j (< 0 plates) flows now; null if none. */
    String shortCause(double j, String name) {
        // the face carries at most the whole current: below j_p even then, no face-share solve is needed
        // (a voltage hold asks at a new current every sub-step)
        if (j >= 0 || -j / (side.faceFraction() * contact) <= penetrationFlux) {
            return null;
        }
        double local = side.faceFlux(j) / contact;
        if (local <= penetrationFlux) {
            return null;
        }
        String limit = String.format(Locale.ROOT, "above the %.4g mA/cm2 at which the plating overpotential reaches the "
                + "%.3g mV that opens the electrolyte's flaws", penetrationFlux / 10, model.criticalOverpotential() * 1e3);
        if (voided()) {
            return String.format(Locale.ROOT, "short: a void opened at the %s Li film facing the electrolyte after %.4g h "
                    + "(stripping outran Li supply by diffusion and creep) leaving %.3g of the contact; plating %.3g mA/cm2 "
                    + "onto it focuses %.3g mA/cm2 onto the remaining contact, %s", name, voidTime / 3600, contact, -j / 10,
                    local / 10, limit);
        }
        if (side.metalMeetsElectrolyte()) {
            return String.format(Locale.ROOT, "short: plating %.3g mA/cm2 onto the %s Li film facing the electrolyte, %s",
                    -j / 10, name, limit);
        }
        return String.format(Locale.ROOT, "short: of %.3g mA/cm2 plated into the %s interlayer, %.3g %% turns at its "
                + "electrolyte face, %.3g mA/cm2 on its electron conductors' contact there, %s", -j / 10, name,
                100 * side.faceShare(j), local / 10, limit);
    }
}
