package io.interphase.solver.eis;

import io.interphase.solver.kinetics.Electrode;
import io.interphase.solver.kinetics.SymmetricCell;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hipparchus.complex.Complex;

/**
 * The impedance of a symmetric cell predicted from its layers, about rest: the electrolyte's bulk
 * resistance in series with each electrode's small-signal impedance. An electrode is a bare face
 * (R_ct in parallel with C_dl) or a mixed-conducting interlayer, a two-rail transmission line whose
 * rails, contact area and faces come from the layer's composition ({@link Electrode#impedance}).
 *
 * <p>Left out, and why: the electrolyte's geometric capacitance (its arc lies above ~50 MHz for
 * any relative permittivity below 100 at LPSCl's conductivity, far beyond a measured spectrum) and
 * grain-boundary arcs (no grain-boundary parameters are given for LPSCl).
 */
public final class CellImpedance {

    /** Double-layer capacitance per true contact area when none is given: {@link Electrode#DEFAULT_DOUBLE_LAYER_CAPACITANCE}. */
    public static final double DEFAULT_DOUBLE_LAYER_CAPACITANCE = Electrode.DEFAULT_DOUBLE_LAYER_CAPACITANCE;

    private CellImpedance() {
    }

    /**
     * The cell's spectrum in ohms for a cell of this area (m²).
     *
     * @param doubleLayerCapacitance F/m² of true contact area
     */
    public static Spectrum predict(SymmetricCell cell, double area, double doubleLayerCapacitance, double[] hertz) {
        double[] re = new double[hertz.length];
        double[] im = new double[hertz.length];
        for (int i = 0; i < hertz.length; i++) {
            Complex z = areaSpecific(cell, 2 * Math.PI * hertz[i], doubleLayerCapacitance).divide(area);
            re[i] = z.getReal();
            im[i] = z.getImaginary();
        }
        return new Spectrum(hertz, re, im);
    }

    /**
     * The arcs a researcher reads off the predicted spectrum, in ohms: the bulk intercept, each
     * electrode's resistance at zero frequency and the frequency of its arc's apex (largest −Z'').
     */
    public static Map<String, Object> arcs(SymmetricCell cell, double area, double doubleLayerCapacitance) {
        Map<String, Object> arcs = new LinkedHashMap<>();
        arcs.put("bulk_ohm", cell.electrolyteResistance() / area);
        arcs.put("first_electrode", arc(cell.first(), area, doubleLayerCapacitance));
        arcs.put("second_electrode", arc(cell.second(), area, doubleLayerCapacitance));
        arcs.put("total_dc_ohm", cell.lowFieldResistance() / area);
        return arcs;
    }

    private static Map<String, Object> arc(Electrode e, double area, double cdl) {
        double best = 0;
        double apex = Double.NaN;
        // −Z'' on a log grid, 20 points per decade, 1 mHz to 100 MHz
        for (int k = -60; k <= 160; k++) {
            double hz = Math.pow(10, k / 20.0);
            double minusIm = -e.impedance(2 * Math.PI * hz, cdl).getImaginary();
            if (minusIm > best) {
                best = minusIm;
                apex = hz;
            }
        }
        Map<String, Object> arc = new LinkedHashMap<>();
        arc.put("kind", e instanceof Electrode.Face ? "bare interface" : "mixed-conducting interlayer");
        arc.put("resistance_ohm", e.lowFieldResistance() / area);
        arc.put("apex_frequency_Hz", apex);
        return arc;
    }

    /** The cell's impedance per area at angular frequency ω, Ω·m². */
    public static Complex areaSpecific(SymmetricCell cell, double omega, double cdl) {
        return cell.first().impedance(omega, cdl).add(cell.electrolyteResistance()).add(cell.second().impedance(omega, cdl));
    }
}
