package io.interphase.api.run;

import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Reads recipes: the one place that knows a recipe's fields. Registered as a service by the runs bundle, with
 * the materials, protocols, solvers and exporters live when it reads. Thread-safe; never returns null.
 *
 * <p>A recipe is a JSON object: the cell ({@code name, area, temperature, stackPressure, layers}) plus
 * {@code protocol} (a list of lines, or one string of lines), {@code solver}, {@code outputs},
 * {@code parameters} (material properties set for this recipe only), {@code sweep} and {@code eis}.
 */
@ProviderType
public interface RecipeReader {

    /** The recipe fields that are not the cell's. */
    java.util.Set<String> RECIPE_FIELDS = java.util.Set.of("protocol", "solver", "outputs", "parameters", "sweep", "eis", "options");

    /**
     * The recipe read, checked and resolved with the services live now.
     *
     * @param recipe the recipe as parsed from JSON: maps, lists, strings, numbers ({@code Double}) and booleans
     * @throws io.interphase.api.InvalidInputException naming every bad field ({@code "layers[1].thickness"},
     *     {@code "protocol line 2, column 11"}, {@code "solver"}) and what is allowed there
     */
    Recipe read(Map<String, ?> recipe);
}
