package io.interphase.run;

import io.interphase.api.InvalidInputException;
import io.interphase.api.cell.LayerProperties;
import io.interphase.api.run.Exporter;
import io.interphase.api.run.Limits;
import io.interphase.api.run.Step;
import io.interphase.api.run.Stimulus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The run parts of a recipe read and checked (protocol, outputs), and the recipe as run with units resolved. */
final class RecipeFields {

    private RecipeFields() {
    }

    static List<String> protocol(Map<String, Object> recipe) {
        Object p = recipe.get("protocol");
        if (p instanceof String s) {
            return List.of(s.split("\\R", -1));
        }
        if (!(p instanceof List<?> list) || list.isEmpty()) {
            throw new InvalidInputException("protocol", "a run needs \"protocol\": a list of lines such as "
                    + "[\"Charge at 1C until 4.2 V\", \"Discharge at 1C until 3.0 V\"]");
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof String line)) {
                throw new InvalidInputException("protocol[" + i + "]", "each protocol line is a string");
            }
            lines.add(line);
        }
        return lines;
    }

    /** The exporters the recipe asks for ("outputs": ["csv", "svg"]); all installed ones if it names none. */
    static List<Exporter> outputs(Map<String, Object> recipe, List<Exporter> installed) {
        Object o = recipe.get("outputs");
        if (o == null) {
            return installed;
        }
        List<String> ids = installed.stream().map(Exporter::formatId).toList();
        if (!(o instanceof List<?> list)) {
            throw new InvalidInputException("outputs", "a list of format ids; installed: " + ids);
        }
        List<Exporter> chosen = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Object id = list.get(i);
            Exporter e = installed.stream().filter(x -> x.formatId().equals(id)).findFirst()
                    .orElseThrow(() -> new InvalidInputException("outputs", "no installed exporter '" + id + "'; installed: " + ids));
            chosen.add(e);
        }
        return chosen;
    }

    /** The recipe as given and as run: SI values of the cell and every parsed step. */
    static Map<String, Object> resolved(RunPipeline.Prepared p) {
        Map<String, Object> cell = new LinkedHashMap<>();
        cell.put("name", p.cell().cell().name());
        cell.put("area_m2", p.cell().cell().area());
        cell.put("temperature_K", p.cell().cell().temperature());
        List<Object> layers = new ArrayList<>();
        for (LayerProperties l : p.cell().layers()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("volumeFractions", l.volumeFractions());
            m.put("thickness_m", l.thickness());
            m.put("density_kg_m3", l.density());
            m.put("ionicConductivity_S_m", l.ionicConductivity());
            m.put("electronicConductivity_S_m", l.electronicConductivity());
            m.put("interfaceAreaDensity_1_m", l.interfaceAreaDensity());
            layers.add(m);
        }
        cell.put("layers", layers);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("given", p.recipe());
        out.put("cell", cell);
        out.put("solver", p.solver().id());
        out.put("steps", steps(p.steps()));
        return out;
    }

    private static List<Object> steps(List<Step> steps) {
        List<Object> out = new ArrayList<>();
        for (Step s : steps) {
            Map<String, Object> m = new LinkedHashMap<>();
            if (s instanceof Step.Apply a) {
                m.put("action", a.action());
                stimulus(a.stimulus(), m);
                m.put("cRate", a.cRate());
            } else if (s instanceof Step.Repeat r) {
                m.put("repeat", r.times());
                m.put("untilVoltageLimit", r.untilVoltageLimit());
                m.put("steps", steps(r.body()));
            } else if (s instanceof Step.Ramp r) {
                m.put("ramp_start_A_m2", r.start());
                m.put("ramp_increment_A_m2", r.increment());
                m.put("charge_per_half_cycle_C_m2", r.chargePerHalfCycle());
                m.put("ramp_max_A_m2", r.maxCurrent());
            }
            out.add(m);
        }
        return out;
    }

    private static void stimulus(Stimulus s, Map<String, Object> m) {
        if (s instanceof Stimulus.ConstantCurrent cc) {
            m.put("currentDensity_A_m2", cc.currentDensity());
            limits(cc.limits(), m);
        } else if (s instanceof Stimulus.ConstantVoltage cv) {
            m.put("voltage_V", cv.voltage());
            limits(cv.limits(), m);
        } else if (s instanceof Stimulus.Rest r) {
            m.put("duration_s", r.duration());
        } else if (s instanceof Stimulus.FrequencySweep f) {
            m.put("frequencies_Hz", f.frequencies());
            m.put("amplitude_V", f.amplitude());
        } else if (s instanceof Stimulus.PotentialSweep p) {
            m.put("from_V", p.from());
            m.put("to_V", p.to());
            m.put("rate_V_s", p.rate());
        }
    }

    private static void limits(Limits l, Map<String, Object> m) {
        m.put("duration_s", l.duration());
        m.put("minVoltage_V", l.minVoltage());
        m.put("maxVoltage_V", l.maxVoltage());
        m.put("minCurrent_A_m2", l.minCurrent());
        m.put("charge_C_m2", l.charge());
    }
}
