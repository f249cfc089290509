package io.interphase.solver.cycling;

import java.util.Locale;

/**
 * The mutable state of one Li side: how long it has been stripped since it was last plated, whether a
 * void has opened, the contact left, and the Li it still holds.
 */
final class LiContact {

    private final LithiumSide side;
    private final VoidModel voids;
    private double stripTime;
    private double contact = 1;
    private double voidTime = Double.NaN;
    private double inventory;

    LiContact(LithiumSide side, VoidModel voids) {
        this.side = side;
        this.voids = voids;
        this.inventory = side.inventory();
    }

    LiContact copy() {
        LiContact c = new LiContact(side, voids);
        c.stripTime = stripTime;
        c.contact = contact;
        c.voidTime = voidTime;
        c.inventory = inventory;
        return c;
    }

    /** Advances by dt at current density j leaving this metal (> 0 strips); {@code now} is the time at the end. */
    void advance(double dt, double j, double now) {
        inventory -= j * dt;
        if (j > 0) {
            stripTime += dt;
            double flux = side.faceFlux(j);
            double theta = voids.contact(stripTime, flux);
            if (theta < 1 && Double.isNaN(voidTime)) {
                voidTime = now - (stripTime - voids.sandTime(flux));
            }
            contact = Math.min(contact, theta);
        } else if (j < 0 && !voided()) {
            stripTime = 0;
        }
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

    /** The cause of a short if j (< 0 plates) flows now; null if none. */
    String shortCause(double j, String name) {
        if (j >= 0 || !voided()) {
            return null;
        }
        return String.format(Locale.ROOT, "short: a void opened at the %s Li film facing the electrolyte after %.4g h "
                + "(stripping outran Li supply, Sand limit) leaving %.3g of the contact; plating onto it focuses %.3g mA/cm2 "
                + "onto the remaining contact and Li penetrates the electrolyte",
                name, voidTime / 3600, contact, -j / contact / 10);
    }
}
