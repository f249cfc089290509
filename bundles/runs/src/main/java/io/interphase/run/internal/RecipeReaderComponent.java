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

    // DS replaces each list whole when a service comes or goes, so a read sees one consistent snapshot
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private volatile List<Material> materials;
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private volatile List<Solver> solvers;
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private volatile List<Protocol> protocols;
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private volatile List<Exporter> exporters;
    @Reference
    private CellModel cellModel;

    @Override
    public Recipe read(Map<String, ?> recipe) {
        return RecipeReading.read(recipe, new RecipeReading.Services(cellModel, MaterialCatalog.of(materials), solvers,
                protocols, exporters));
    }
}
