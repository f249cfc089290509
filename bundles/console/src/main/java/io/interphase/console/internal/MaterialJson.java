package io.interphase.console.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.interphase.api.units.Units;
import io.interphase.json.Json;
import io.interphase.api.material.Material;
import io.interphase.api.material.OcvCurve;
import io.interphase.api.material.Property;

/** A material as REST shows it: identity, providing bundle, and every property at one temperature. */
final class MaterialJson {

    private static final int OCV_POINTS = 26;

    private MaterialJson() {
    }

    static JsonObject of(LiveMaterial live, double kelvin) {
        Material m = live.material();
        JsonObject o = new JsonObject();
        o.addProperty("id", m.id());
        o.addProperty("name", m.name());
        o.addProperty("role", m.role().name());
        JsonObject bundle = new JsonObject();
        bundle.addProperty("symbolicName", live.bundleSymbolicName());
        bundle.addProperty("version", live.bundleVersion());
        o.add("bundle", bundle);
        o.add("temperature_K", Json.number(kelvin));
        JsonObject properties = new JsonObject();
        for (Property p : m.properties()) {
            properties.add(p.key().name(), property(p, kelvin));
        }
        o.add("properties", properties);
        m.ocv().ifPresent(curve -> o.add("ocv", ocv(curve)));
        return o;
    }

    private static JsonObject property(Property p, double kelvin) {
        double si = p.at(kelvin);
        JsonObject o = new JsonObject();
        o.add("value", Json.number(si));
        o.addProperty("unit", p.key().dimension().siUnit());
        JsonObject display = new JsonObject();
        // the display value carries the six significant digits a material's figure has at most, not a double's 17
        display.add("value", Json.number(Double.parseDouble(Units.format(p.key().toDisplay(si)))));
        display.addProperty("unit", p.key().displayUnit());
        o.add("display", display);
        o.addProperty("temperatureDependence", p.value().describe());
        o.addProperty("source", p.source());
        if (p.isAssumption()) {
            o.addProperty("assumption", p.assumption());
        }
        return o;
    }

    /** The curve sampled evenly over its valid range, as [lithium fraction, volts] pairs. */
    private static JsonObject ocv(OcvCurve curve) {
        JsonObject o = new JsonObject();
        o.addProperty("source", curve.source());
        o.add("minFraction", Json.number(curve.minFraction()));
        o.add("maxFraction", Json.number(curve.maxFraction()));
        JsonArray points = new JsonArray();
        for (int i = 0; i < OCV_POINTS; i++) {
            double y = curve.minFraction() + (curve.maxFraction() - curve.minFraction()) * i / (OCV_POINTS - 1);
            JsonArray point = new JsonArray();
            point.add(y);
            point.add(Json.number(curve.voltage(y)));
            points.add(point);
        }
        o.add("points", points);
        return o;
    }
}
