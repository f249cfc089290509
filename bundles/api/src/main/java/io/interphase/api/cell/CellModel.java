package io.interphase.api.cell;

import io.interphase.api.InvalidInputException;
import io.interphase.api.material.MaterialCatalog;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Reads cell descriptions and computes the effective properties of their layers. Provided by the
 * cell bundle as a service; stateless, so one instance serves any number of callers at once.
 */
@ProviderType
public interface CellModel {

    /**
     * Reads a cell description as parsed from JSON (maps, lists, strings and numbers), resolving units
     * and checking every field against the given materials.
     *
     * @throws InvalidInputException naming every bad field and what is allowed
     */
    Cell read(Map<String, ?> description, MaterialCatalog materials);

    /**
     * The effective properties of every layer at the cell's temperature.
     *
     * @throws InvalidInputException if a layer names a material the catalog lacks
     */
    CellProperties evaluate(Cell cell, MaterialCatalog materials);

    /**
     * A 3D random packing of one composite layer at the cell's temperature and what follows from it:
     * percolation, contact areas, tortuosities and the resistor network's conductivities. Empty for a layer
     * of one material, or when a particle constituent has no particle size.
     *
     * @param layer the layer's index in the cell
     * @param seed the random placement's seed: the same seed gives the same packing
     * @throws InvalidInputException if the layer index is out of range or a material is missing
     */
    java.util.Optional<LayerMicrostructure> microstructure(Cell cell, int layer, MaterialCatalog materials, long seed);
}
