package io.interphase.run;

import io.interphase.api.run.StepEnd;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The results of a run from its cycles: what a ramp, a symmetric cycling test, a rate test or a long
 * cycling test reports (docs/physics.md §4), each key with its unit in its name. Nothing here is
 * modelled; it only reads what the simulation produced.
 */
final class Summary {

    /** Cycles at which retention is reported, when reached, besides the last. */
    static final int[] RETENTION_CHECKPOINTS = {10, 100, 500, 1000, 2000, 5000, 10000, 20000};
    static final double EIGHTY_PERCENT = 0.8;

    private Summary() {
    }

    /**
     * Retention of each cycle: its discharge over that of the first cycle that discharged something
     * at the same current density (so formation cycles at another rate do not count); NaN before it,
     * and 0 for a later cycle at that current that passed nothing.
     */
    static double[] retention(Recording r, boolean fullCell) {
        double[] out = new double[r.cycleCount()];
        if (!fullCell) {
            java.util.Arrays.fill(out, Double.NaN);
            return out;
        }
        Map<Long, Double> reference = new LinkedHashMap<>();
        for (int i = 0; i < out.length; i++) {
            double q = r.cycleValue("Discharge Capacity", i);
            double j = r.cycleValue("Current Density", i);
            out[i] = Double.NaN;
            if (Double.isNaN(q) || Double.isNaN(j)) {
                continue;
            }
            long key = Math.round(j * 1e6);
            Double ref = reference.get(key);
            if (ref != null) {
                out[i] = q / ref;
            } else if (q > 0) {
                reference.put(key, q);
                out[i] = 1;
            }
        }
        return out;
    }

    /**
     * @param currentSteps whether the protocol passes current steps: a symmetric cell's hours to short and
     *     polarization mean nothing for a run of spectra and sweeps alone
     */
    static Map<String, Object> of(Recording r, StepWalker w, double[] retention, boolean fullCell, boolean ramp,
            boolean currentSteps) {
        Map<String, Object> s = new LinkedHashMap<>();
        StepEnd stop = w.stop();
        boolean failed = stop != null && stop.failed();
        s.put("end", stop == null ? "completed" : failed ? "short" : "cancelled");
        s.put("failure", failed ? stop.detail() : null);
        s.put("cycles", r.cycleCount());
        s.put("duration_h", w.time() / 3600);
        if (ramp) {
            s.put("ccd_mA_cm2", failed ? w.stopCurrent() / 10 : null);
        }
        if (r.impedancePoints() > 0) {
            s.put("impedance_ohm", spectra(r));
        }
        if (!fullCell && currentSteps) {
            s.put("hours_to_short", failed ? w.time() / 3600 : null);
            Map<String, Object> polarization = new LinkedHashMap<>();
            int n = r.cycleCount();
            polarization.put("first", n > 0 ? r.cycleValue("Polarization", 0) : null);
            polarization.put("last", n > 0 ? r.cycleValue("Polarization", n - 1) : null);
            s.put("polarization_mV", polarization);
        } else if (fullCell) {
            putCapacities(s, r, retention);
        }
        if (!w.notes().isEmpty()) {
            s.put("notes", w.notes());
        }
        if (currentSteps && r.cycleCount() > 0 && passedNoCharge(r)) {
            s.put("warning", "no charge passed: every charge and discharge met its voltage cut-off as it began, so at "
                    + "these currents the cell's polarisation exceeds its voltage window; try a lower current or a wider window");
        }
        return s;
    }

    private static boolean passedNoCharge(Recording r) {
        for (int i = 0; i < r.cycleCount(); i++) {
            if (r.cycleValue("Charge Capacity", i) > 0 || r.cycleValue("Discharge Capacity", i) > 0) {
                return false;
            }
        }
        return true;
    }

    /** Each spectrum's real part at its highest and at its lowest frequency: the bulk and the total resistance. */
    private static List<Map<String, Object>> spectra(Recording r) {
        List<Map<String, Object>> out = new ArrayList<>();
        int first = 0;
        for (int i = 1; i <= r.impedancePoints(); i++) {
            if (i < r.impedancePoints() && r.impedanceValue(4, i) == r.impedanceValue(4, first)) {
                continue;
            }
            int high = first;
            int low = first;
            for (int k = first; k < i; k++) {
                high = r.impedanceValue(0, k) > r.impedanceValue(0, high) ? k : high;
                low = r.impedanceValue(0, k) < r.impedanceValue(0, low) ? k : low;
            }
            Map<String, Object> spectrum = new LinkedHashMap<>();
            spectrum.put("step", (long) r.impedanceValue(4, first));
            spectrum.put("cycle", (long) r.impedanceValue(3, first));
            spectrum.put("high_frequency_real", r.impedanceValue(1, high));
            spectrum.put("low_frequency_real", r.impedanceValue(1, low));
            out.add(spectrum);
            first = i;
        }
        return out;
    }

    private static void putCapacities(Map<String, Object> s, Recording r, double[] retention) {
        Map<String, Object> byRate = new LinkedHashMap<>();
        Double initial = null;
        for (int i = 0; i < r.cycleCount(); i++) {
            double q = r.cycleValue("Specific Discharge Capacity", i);
            if (Double.isNaN(q)) {
                continue;
            }
            initial = initial == null && q > 0 ? Double.valueOf(q) : initial;
            double rate = r.cycleValue("C-rate", i);
            if (Double.isFinite(rate)) {
                byRate.putIfAbsent(rateLabel(rate), q);
            }
        }
        s.put("capacity_mAh_g", byRate);
        s.put("initial_capacity_mAh_g", initial);
        Map<String, Object> kept = new LinkedHashMap<>();
        Integer below = null;
        for (int i = 0; i < retention.length; i++) {
            int cycle = (int) r.cycleValue("Cycle Count", i);
            if (below == null && retention[i] < EIGHTY_PERCENT) {
                below = cycle;
            }
            if (isCheckpoint(cycle) || i == retention.length - 1) {
                kept.put(String.valueOf(cycle), retention[i]);
            }
        }
        s.put("retention", kept);
        s.put("cycles_to_80pct", below);
    }

    private static boolean isCheckpoint(int cycle) {
        for (int c : RETENTION_CHECKPOINTS) {
            if (c == cycle) {
                return true;
            }
        }
        return false;
    }

    /** "0.1C", "1C", "30C". */
    static String rateLabel(double rate) {
        String text = String.format(Locale.ROOT, "%.4g", rate);
        if (text.contains(".")) {
            text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return text + "C";
    }
}
