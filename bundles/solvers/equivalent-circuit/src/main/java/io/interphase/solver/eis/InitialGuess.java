package io.interphase.solver.eis;

import java.util.List;

/**
 * Starting values for a fit, read off the data so that a researcher need not type them: the
 * high-frequency intercept for the first resistor, the rest of the real-axis span shared among the
 * other resistive parameters, capacitances that put the arcs' apexes (ω = 1/RC) at log-spaced
 * frequencies across the data, the first written at the high end as circuits are usually written,
 * CPE exponents 0.9, diffusion times from the low-frequency end. Good enough for
 * Levenberg–Marquardt to find the arcs, not an answer in itself.
 */
public final class InitialGuess {

    private InitialGuess() {
    }

    public static double[] of(Circuit circuit, Spectrum data) {
        double[] f = data.frequencies();
        double[] re = data.real();
        double[] im = data.imaginary();
        double minRe = Double.POSITIVE_INFINITY;
        double maxRe = Double.NEGATIVE_INFINITY;
        int highest = 0;
        double fMin = Double.POSITIVE_INFINITY;
        for (int i = 0; i < f.length; i++) {
            minRe = Math.min(minRe, re[i]);
            maxRe = Math.max(maxRe, re[i]);
            highest = f[i] > f[highest] ? i : highest;
            fMin = Math.min(fMin, f[i]);
        }
        double span = Math.max(maxRe - minRe, 1e-3 * Math.max(Math.abs(maxRe), 1e-9));
        double omegaHigh = 2 * Math.PI * f[highest];
        double omegaLow = 2 * Math.PI * fMin;
        long arcs = circuit.elementTypes().stream().filter(t -> t == ElementType.C || t == ElementType.CPE || t == ElementType.T).count();
        int arc = 0;
        List<ElementType> types = circuit.elementTypes();
        long resistive = types.stream().filter(t -> t != ElementType.C && t != ElementType.L && t != ElementType.CPE).count();
        boolean seriesResistorFirst = !types.isEmpty() && types.get(0) == ElementType.R
                || types.size() > 1 && types.get(0) == ElementType.L && types.get(1) == ElementType.R;
        double share = span / Math.max(1, resistive - (seriesResistorFirst ? 1 : 0));
        double inductance = im[highest] > 0 ? im[highest] / (2 * Math.PI * f[highest]) : 1e-7;
        double[] p = new double[circuit.parameterNames().size()];
        int k = 0;
        boolean firstResistor = seriesResistorFirst;
        for (ElementType t : types) {
            switch (t) {
                case R -> {
                    p[k++] = firstResistor ? Math.max(minRe, 1e-3 * span) : share;
                    firstResistor = false;
                }
                case C -> p[k++] = 1 / (apex(omegaHigh, omegaLow, arc++, arcs) * share);
                case L -> p[k++] = inductance;
                case CPE -> {
                    p[k++] = 1 / (apex(omegaHigh, omegaLow, arc++, arcs) * share);
                    p[k++] = 0.9;
                }
                case W -> p[k++] = share * Math.sqrt(omegaLow);
                case WO, WS, G -> {
                    p[k++] = share;
                    p[k++] = 1 / omegaLow;
                }
                case T -> {
                    p[k++] = share;
                    p[k++] = share / 100;
                    p[k++] = share;
                    p[k++] = 1 / (apex(omegaHigh, omegaLow, arc++, arcs) * share);
                    p[k++] = 0.9;
                }
            }
        }
        return p;
    }

    /** The angular frequency of arc k of m, log-spaced from the high end of the data to the low end. */
    private static double apex(double omegaHigh, double omegaLow, int k, long m) {
        double t = (k + 0.5) / m;
        return Math.exp((1 - t) * Math.log(omegaHigh) + t * Math.log(omegaLow));
    }
}
