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
}
