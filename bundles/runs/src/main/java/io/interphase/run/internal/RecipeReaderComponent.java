package io.interphase.run.internal;

import io.interphase.api.cell.CellModel;
import io.interphase.api.material.Material;
import io.interphase.api.material.MaterialCatalog;
import io.interphase.api.run.Exporter;
import io.interphase.api.run.Protocol;
import io.interphase.api.run.Recipe;
import io.interphase.api.run.RecipeReader;
import io.interphase.api.run.Solver;
import io.interphase.run.RecipeReading;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The {@link RecipeReader} service: reads each recipe against the materials, protocols, solvers and exporters
 * live at that moment. Needs the cell model; the rest may come and go.
 */
@Component(service = RecipeReader.class)
public final class RecipeReaderComponent implements RecipeReader {

    private final List<Material> materials = new CopyOnWriteArrayList<>();
    private final MaterialSwaps swaps = new MaterialSwaps();
    // DS replaces each list whole when a service comes or goes, so a read sees one consistent snapshot
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private volatile List<Solver> solvers;
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private volatile List<Protocol> protocols;
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private volatile List<Exporter> exporters;
    @Reference
    private CellModel cellModel;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, unbind = "removeMaterial")
    void addMaterial(Material m) {
        materials.add(m);
        idOf(m).ifPresent(swaps::arrived);
    }

    void removeMaterial(Material m) {
        materials.remove(m);
        idOf(m).ifPresent(swaps::left);
    }

    /** A material's id; empty if its {@code id()} throws (a broken bundle is the console's to name). */
    private static Optional<String> idOf(Material m) {
        try {
            return Optional.ofNullable(m.id());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public Recipe read(Map<String, ?> recipe) {
        try {
            // a material the recipe names that is being swapped (its jar replaced) is waited for, not refused
            swaps.awaitReturn(MaterialSwaps.strings(recipe));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return RecipeReading.read(recipe, new RecipeReading.Services(cellModel, MaterialCatalog.of(List.copyOf(materials)),
                solvers, protocols, exporters));
    }
}
