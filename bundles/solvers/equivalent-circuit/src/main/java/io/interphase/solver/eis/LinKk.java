package io.interphase.solver.eis;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealVector;

/**
 * The Lin-KK test of Schönleber, Klotz and Ivers-Tiffée, Electrochim. Acta 131 (2014) 20: a spectrum
 * obeys the Kramers–Kronig relations if a chain of M RC elements (with a series resistance and
 * inductance) fits it. Spectra that stay capacitive at their lowest frequency also need a series
 * capacitance; the test runs with and without one and keeps the better fit (a capacitor obeys
 * Kramers–Kronig, so it cannot hide a violation). The time constants are log-spaced over the measured range; the resistances are
 * a linear least-squares fit weighted by 1/|Z|; M grows until µ = 1 − Σ|R_k<0| / Σ|R_k≥0| falls to
 * the criterion c (0.85), before the chain starts to fit the noise.
 */
public final class LinKk {

    /** The criterion of the paper: stop adding RC elements once µ ≤ c. */
    public static final double MU_CRITERION = 0.85;

    /**
     * @param elements M, the number of RC elements used
     * @param mu the over-fitting measure at M
     * @param realResiduals (Z' − Z'_fit)/|Z| per point
     * @param imaginaryResiduals (Z'' − Z''_fit)/|Z| per point
     */
    public record Result(int elements, double mu, double[] realResiduals, double[] imaginaryResiduals) {
        /** The largest residual of either part, in percent of |Z|. */
        public double maxResidualPercent() {
            double max = 0;
            for (int i = 0; i < realResiduals.length; i++) {
                max = Math.max(max, Math.max(Math.abs(realResiduals[i]), Math.abs(imaginaryResiduals[i])));
            }
            return 100 * max;
        }
    }

    private LinKk() {
    }

    public static Result test(Spectrum data) {
        int n = data.size();
        if (n < 4) {
            throw new IllegalArgumentException("Lin-KK needs at least 4 points, got " + n);
        }
        Result resistive = test(data, false);
        Result capacitive = test(data, true);
        return capacitive.maxResidualPercent() < resistive.maxResidualPercent() ? capacitive : resistive;
    }

    /** Grows M until µ ≤ c. */
    private static Result test(Spectrum data, boolean seriesCapacitance) {
        Result result = null;
        for (int m = 1; m <= data.size() - 3; m++) {
            result = fit(data, m, seriesCapacitance);
            if (result.mu() <= MU_CRITERION) {
                break;
            }
        }
        return result;
    }

    /** The weighted linear fit with m RC elements. Columns: R0, L, 1/C (or nothing), then R_1..R_m. */
    static Result fit(Spectrum data, int m, boolean seriesCapacitance) {
        double[] f = data.frequencies();
        double[] re = data.real();
        double[] im = data.imaginary();
        int n = f.length;
        double fMin = java.util.Arrays.stream(f).min().getAsDouble();
        double fMax = java.util.Arrays.stream(f).max().getAsDouble();
        double[] tau = new double[m];
        for (int k = 0; k < m; k++) {
            double t = m == 1 ? 0.5 : (double) k / (m - 1);
            tau[k] = Math.exp(Math.log(1 / (2 * Math.PI * fMax)) + t * Math.log(fMax / fMin));
        }
        int first = seriesCapacitance ? 3 : 2;
        double[][] a = new double[2 * n][m + first];
        double[] b = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double w = 1 / Math.hypot(re[i], im[i]);
            double omega = 2 * Math.PI * f[i];
            a[i][0] = w;
            a[n + i][1] = omega * w;
            if (seriesCapacitance) {
                a[n + i][2] = -w / omega;
            }
            for (int k = 0; k < m; k++) {
                double x = omega * tau[k];
                double d = 1 + x * x;
                a[i][k + first] = w / d;
                a[n + i][k + first] = -w * x / d;
            }
            b[i] = re[i] * w;
            b[n + i] = im[i] * w;
        }
        RealVector x = new QRDecomposition(new Array2DRowRealMatrix(a, false)).getSolver()
                .solve(new ArrayRealVector(b, false));
        RealVector residual = new ArrayRealVector(b, false).subtract(new Array2DRowRealMatrix(a, false).operate(x));
        double negative = 0;
        double positive = 0;
        for (int k = 0; k < m; k++) {
            double r = x.getEntry(k + first);
            if (r < 0) {
                negative -= r;
            } else {
                positive += r;
            }
        }
        double mu = positive == 0 ? 1 : 1 - negative / positive;
        double[] resRe = new double[n];
        double[] resIm = new double[n];
        for (int i = 0; i < n; i++) {
            resRe[i] = residual.getEntry(i);
            resIm[i] = residual.getEntry(n + i);
        }
        return new Result(m, mu, resRe, resIm);
    }
}
