package io.interphase.solver.cycling;

import java.util.Locale;
import org.hipparchus.complex.Complex;

/**
 * The mutable state of one Li side: how long it has been stripped since it was last plated, whether a
 * void has opened and how much Li it lacks, the contact left, and the Li it still holds. Only a bare
 * metal face voids (see {@link LithiumSide#metalMeetsElectrolyte()}); any side shorts when Li is
 * plated onto its electrolyte face faster than {@link VoidModel#penetrates} allows.
 */
final class LiContact {

    private final LithiumSide side;
    private final VoidModel model;
    private double stripTime;
    private double contact = 1;
    private double voidTime = Double.NaN;
    /** Li stripped from the face beyond what creep and diffusion brought back, C/m². */
    private double deficit;
    private double inventory;

    LiContact(LithiumSide side, VoidModel model) {
        this.side = side;
        this.model = model;
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
        if (j > 0) {
            stripTime += dt;
            double flux = side.faceFlux(j);
            double theta = model.contact(stripTime, flux);
            if (theta < 1) {
                if (Double.isNaN(voidTime)) {
                    voidTime = now - (stripTime - model.sandTime(flux));
                }
                deficit += j * dt * (1 - theta); // the supply is √(K/t) = θ j
            }
            contact = Math.min(contact, theta);
        } else if (j < 0) {
            refill(-j * dt);
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
        if (j >= 0 || !model.penetrates(j / (side.faceFraction() * contact))) {
            return null;
        }
        double local = side.faceFlux(j) / contact;
        if (!model.penetrates(local)) {
            return null;
        }
        String limit = String.format(Locale.ROOT, "above the %.3g mA/cm2 at which plated Li penetrates the electrolyte",
                model.penetrationFlux() / 10);
        if (voided()) {
            return String.format(Locale.ROOT, "short: a void opened at the %s Li film facing the electrolyte after %.4g h "
                    + "(stripping outran Li supply, Sand limit) leaving %.3g of the contact; plating %.3g mA/cm2 onto it "
                    + "focuses %.3g mA/cm2 onto the remaining contact, %s", name, voidTime / 3600, contact, -j / 10, local / 10,
                    limit);
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
