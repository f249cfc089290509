package io.interphase.console.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.interphase.api.run.Recipe;
import io.interphase.json.Json;

/** A recipe as read and checked, as REST shows it: the cell's properties, 1C, the solver, outputs and settings, SI. */
final class RecipeJson {

    private RecipeJson() {
    }

    static JsonObject of(Recipe r) {
        JsonObject o = new JsonObject();
        o.add("cell", CellJson.of(r.cell()));
        o.add("nominalCapacity", Json.number(r.nominalCapacity()));
        o.add("oneC", Json.number(r.nominalCapacity() / 3600));
        r.solver().ifPresent(s -> o.addProperty("solver", s));
        JsonArray outputs = new JsonArray();
        r.outputs().forEach(outputs::add);
        o.add("outputs", outputs);
        JsonArray protocol = new JsonArray();
        r.protocol().forEach(protocol::add);
        o.add("protocol", protocol);
        o.addProperty("steps", r.steps().size());
        JsonObject sweep = new JsonObject();
        r.sweep().maxVoltage().ifPresent(v -> sweep.addProperty("maxVoltage", v));
        r.sweep().points().ifPresent(v -> sweep.addProperty("points", v));
        o.add("sweep", sweep);
        JsonObject eis = new JsonObject();
        r.spectrum().fmin().ifPresent(v -> eis.addProperty("fmin", v));
        r.spectrum().fmax().ifPresent(v -> eis.addProperty("fmax", v));
        r.spectrum().pointsPerDecade().ifPresent(v -> eis.addProperty("pointsPerDecade", v));
        r.spectrum().doubleLayerCapacitance().ifPresent(v -> eis.addProperty("doubleLayerCapacitance", v));
        o.add("eis", eis);
        JsonObject units = new JsonObject();
        units.addProperty("nominalCapacity", "C/m2");
        units.addProperty("oneC", "A/m2");
        units.addProperty("maxVoltage", "V");
        units.addProperty("fmin", "Hz");
        units.addProperty("fmax", "Hz");
        units.addProperty("doubleLayerCapacitance", "F/m2");
        o.add("units", units);
        return o;
    }
}
