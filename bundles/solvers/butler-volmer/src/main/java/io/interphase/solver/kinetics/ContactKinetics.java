package io.interphase.solver.kinetics;

import java.util.Objects;

/**
 * The Butler–Volmer law of each kind of contact in a mixed-conducting interlayer, per unit of true
 * contact area (docs/physics.md §3.2): where its ion and electron conductors touch inside it, where its
 * electron conductors touch the electrolyte, where its ion conductors touch the metal.
 *
 * @param interior ion conductor | electron conductor inside the layer (LLZTO | lithiated carbon)
 * @param electrolyteFace the layer's electron conductors | the electrolyte (lithiated carbon | LPSCl)
 * @param metalFace the layer's ion conductors | the metal (LLZTO | Li)
 */
public record ContactKinetics(ButlerVolmer interior, ButlerVolmer electrolyteFace, ButlerVolmer metalFace) {

    public ContactKinetics {
        Objects.requireNonNull(interior, "interior");
        Objects.requireNonNull(electrolyteFace, "electrolyteFace");
        Objects.requireNonNull(metalFace, "metalFace");
    }

    /** The same law at every contact. */
    public static ContactKinetics uniform(ButlerVolmer kinetics) {
        return new ContactKinetics(kinetics, kinetics, kinetics);
    }
}
