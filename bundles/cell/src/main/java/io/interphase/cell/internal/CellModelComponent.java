package io.interphase.cell.internal;

import io.interphase.api.cell.Cell;
import io.interphase.api.cell.CellModel;
import io.interphase.api.cell.CellProperties;
import io.interphase.api.cell.LayerMicrostructure;
import io.interphase.api.cell.LayerProperties;
import io.interphase.api.material.MaterialCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;

/**
 * The cell model service. Stateless: it holds nothing between calls, so any number of requests and
 * runs use it at once, each with its own snapshot of the materials.
 *
 * <p>Lifecycle: none beyond construction; SCR registers it when the bundle starts.
 */
@Component(service = CellModel.class)
public class CellModelComponent implements CellModel {

    @Override
    public Cell read(Map<String, ?> description, MaterialCatalog materials) {
        return CellReader.read(description, materials);
    }

    @Override
    public CellProperties evaluate(Cell cell, MaterialCatalog materials) {
        List<LayerProperties> layers = new ArrayList<>();
        for (int i = 0; i < cell.layers().size(); i++) {
            layers.add(LayerEvaluator.evaluate(cell, i, materials));
        }
        return new CellProperties(cell, layers);
    }

    @Override
    public Optional<LayerMicrostructure> microstructure(Cell cell, int layer, MaterialCatalog materials, long seed) {
        return LayerPacking.of(cell, layer, materials, seed);
    }
}
