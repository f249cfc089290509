package io.interphase.api.run;

import io.interphase.api.cell.CellProperties;
import io.interphase.api.material.MaterialCatalog;
import java.util.Map;
import java.util.Set;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A model that answers stimuli for a cell. Registered as a service by a solver bundle. A run asks
 * every installed solver how well it suits the cell, starts the best one (or the one the recipe
 * names) and hands it the protocol's stimuli one by one.
 */
@ConsumerType
public interface Solver {

    /** What kinds of stimulus a solver can answer. */
    enum Capability { CONSTANT_CURRENT, CONSTANT_VOLTAGE, REST, IMPEDANCE, POTENTIAL_SWEEP }

    /** A stable id used in recipes ("cycling"). */
    String id();

    Set<Capability> capabilities();

    /** 0 if this solver cannot simulate the cell; otherwise larger means better suited. */
    int suitability(CellProperties cell);

    /**
     * A fresh simulation of the cell in its initial state. The simulation belongs to one run; the
     * solver keeps no state of its own, so runs proceed side by side.
     *
     * @throws io.interphase.api.InvalidInputException naming the layer or material that does not fit
     */
    Simulation start(CellProperties cell, MaterialCatalog materials);

    /**
     * A fresh simulation with the recipe's {@code "options"} for this solver (grid, domain, seed, ...). A solver
     * that takes options overrides this and checks them before any work starts; the default takes none.
     *
     * @throws io.interphase.api.InvalidInputException naming the option ({@code options.grid}) that is not allowed
     */
    default Simulation start(CellProperties cell, MaterialCatalog materials, Map<String, ?> options) {
        if (!options.isEmpty()) {
            throw new io.interphase.api.InvalidInputException("options", "the solver '" + id()
                    + "' takes no options; found " + new java.util.TreeSet<>(options.keySet()));
        }
        return start(cell, materials);
    }
}
