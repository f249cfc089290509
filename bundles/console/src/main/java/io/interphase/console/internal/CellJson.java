package io.interphase.console.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.interphase.json.Json;
import io.interphase.api.cell.Cell;
import io.interphase.api.cell.CellProperties;
import io.interphase.api.cell.Constituent;
import io.interphase.api.cell.EffectiveConductivity;
import io.interphase.api.cell.LayerMicrostructure;
import io.interphase.api.cell.LayerProperties;
import java.util.List;
import java.util.Optional;

/** A cell's effective properties as REST shows them, SI throughout with the units listed once. */
final class CellJson {

    private CellJson() {
    }

    static JsonObject of(CellProperties properties) {
        return of(properties, List.of());
    }

    /** With each layer's packing, where one was asked for ({@code packed} empty or one entry per layer). */
    static JsonObject of(CellProperties properties, List<Optional<LayerMicrostructure>> packed) {
        Cell cell = properties.cell();
        JsonObject o = new JsonObject();
        o.addProperty("name", cell.name());
        o.add("area", Json.number(cell.area()));
        o.add("temperature", Json.number(cell.temperature()));
        cell.stackPressure().ifPresent(p -> o.add("stackPressure", Json.number(p)));
        o.add("totalThickness", Json.number(properties.totalThickness()));
        JsonArray layers = new JsonArray();
        for (int i = 0; i < properties.layers().size(); i++) {
            JsonObject layer = layer(i, properties.layers().get(i));
            if (i < packed.size()) {
                packed.get(i).ifPresent(m -> layer.add("microstructure", microstructure(m)));
            }
            layers.add(layer);
        }
        o.add("layers", layers);
        o.add("units", units());
        return o;
    }

    private static JsonObject layer(int index, LayerProperties p) {
        JsonObject o = new JsonObject();
        o.addProperty("index", index);
        JsonObject mass = new JsonObject();
        for (Constituent c : p.layer().constituents()) {
            mass.add(c.material(), Json.number(c.massFraction()));
        }
        o.add("massFractions", mass);
        o.add("volumeFractions", JsonBodies.numbers(p.volumeFractions()));
        o.add("thickness", Json.number(p.thickness()));
        o.add("density", Json.number(p.density()));
        o.add("ionicConductivity", Json.number(p.ionicConductivity()));
        o.add("electronicConductivity", Json.number(p.electronicConductivity()));
        o.add("ionicConductivityEstimates", estimates(p.ionic()));
        o.add("electronicConductivityEstimates", estimates(p.electronic()));
        o.add("interfaceAreaDensity", Json.number(p.interfaceAreaDensity()));
        o.add("ionicAreaResistance", Json.number(p.ionicAreaResistance()));
        o.add("electronicAreaResistance", Json.number(p.electronicAreaResistance()));
        return o;
    }

    private static JsonObject microstructure(LayerMicrostructure m) {
        JsonObject o = new JsonObject();
        o.add("volumeFractions", JsonBodies.numbers(m.volumeFractions()));
        JsonObject percolates = new JsonObject();
        m.percolates().forEach(percolates::addProperty);
        o.add("percolates", percolates);
        o.add("contactAreas", JsonBodies.numbers(m.contactAreas()));
        o.add("ionicConductivity", Json.number(m.ionicConductivity()));
        o.add("electronicConductivity", Json.number(m.electronicConductivity()));
        o.add("tortuosity", JsonBodies.numbers(m.tortuosity()));
        o.add("voxel", Json.number(m.voxel()));
        JsonArray box = new JsonArray();
        for (int n : m.box()) {
            box.add(n);
        }
        o.add("box", box);
        o.addProperty("seed", m.seed());
        return o;
    }

    private static JsonObject estimates(EffectiveConductivity c) {
        JsonObject o = new JsonObject();
        o.add("wienerParallel", Json.number(c.parallel()));
        o.add("wienerSeries", Json.number(c.series()));
        o.add("hashinShtrikmanLower", Json.number(c.hashinShtrikmanLower()));
        o.add("hashinShtrikmanUpper", Json.number(c.hashinShtrikmanUpper()));
        o.add("bruggeman", Json.number(c.bruggeman()));
        o.add("generalEffectiveMedium", Json.number(c.generalEffectiveMedium()));
        return o;
    }

    private static JsonObject units() {
        JsonObject o = new JsonObject();
        o.addProperty("area", "m2");
        o.addProperty("temperature", "K");
        o.addProperty("stackPressure", "Pa");
        o.addProperty("thickness", "m");
        o.addProperty("density", "kg/m3");
        o.addProperty("conductivity", "S/m");
        o.addProperty("interfaceAreaDensity", "1/m");
        o.addProperty("areaResistance", "Ohm m2");
        o.addProperty("contactAreas", "1/m");
        o.addProperty("voxel", "m");
        return o;
    }
}
