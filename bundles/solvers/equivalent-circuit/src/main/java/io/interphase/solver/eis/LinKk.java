package io.interphase.solver.eis;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealVector;

/**
 * The Lin-KK test of Schönleber, Klotz and Ivers-Tiffée, Electrochim. Acta 131 (2014) 20: a spectrum
 * obeys the Kramers–Kronig relations if a chain of M RC elements (with a series resistance and
 * inductance) fits it. Spectra that stay capacitive at their lowest frequency also need a series
 * capacitance; the test runs with and without one and keeps the better fit (a capacitor obeys
 * Kramers–Kronig, so it cannot hide a violation). The time constants are log-spaced over the measured
 * range; the resistances are a linear least-squares fit weighted by 1/|Z|.
 *
 * <p>Choice of M. The paper grows M until µ = 1 − Σ|R_k&lt;0| / Σ|R_k≥0| falls to c = 0.85. At small M,
 * µ also dips while the fit is still poor (an ideal R-RC spectrum over 7 decades gives µ = 0.84 at
 * M = 5 with a 57 % residual), so the test would stop far too early. Yrjänä and Bobacka, Electrochim.
 * Acta 504 (2024) 144951, therefore look for M only above the point where more elements stop improving
 * χ²_ps substantially. A simple form of that is used here:
 * <ol>
 * <li>fit every M from 1 to M_max = min(N − 3, 5 per decade of the measured range);</li>
 * <li>the residual variance s²(M) = χ²_ps / (2N − M − p), with Boukamp's pseudo χ²_ps = Σ (ΔZ'² + ΔZ''²)
 * / |Z|² and p the other parameters, estimates the noise once the fit is complete; its floor is the
 * lowest s², but at least (0.01 %)² so that exact data count as fitted;</li>
 * <li>M_low is the smallest M from which s² stays within a factor 2 of that floor up to the best fit;</li>
 * <li>from M_low, M grows until µ ≤ c (Schönleber's criterion, among fits still at the floor); if µ
 * never falls to c, the best fit is used.</li>
 * </ol>
 */
public final class LinKk {

    /** The fewest points the test takes. */
    public static final int MIN_POINTS = 4;

    /** The criterion of the paper: stop adding RC elements once µ ≤ c. */
    public static final double MU_CRITERION = 0.85;

    /** At most this many RC elements per decade of the measured range. */
    static final int MAX_ELEMENTS_PER_DECADE = 5;

    /** A fit is at the floor if its residual variance is within this factor of the floor. */
    static final double FLOOR_FACTOR = 2;

    /** A relative rms residual (0.01 %) at which a fit counts as exact, so noise-free data need no more. */
    static final double EXACT_RMS = 1e-4;

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

        /** Boukamp's pseudo χ²: the sum of both squared residuals. */
        public double pseudoChiSquare() {
            double sum = 0;
            for (int i = 0; i < realResiduals.length; i++) {
                sum += realResiduals[i] * realResiduals[i] + imaginaryResiduals[i] * imaginaryResiduals[i];
            }
            return sum;
        }
    }

    private LinKk() {
    }

    public static Result test(Spectrum data) {
        int n = data.size();
        if (n < 4) {
            throw new IllegalArgumentException("Lin-KK needs at least " + MIN_POINTS + " points, got " + n);
        }
        Result resistive = test(data, false);
        Result capacitive = test(data, true);
        return capacitive.maxResidualPercent() < resistive.maxResidualPercent() ? capacitive : resistive;
    }

    /** Fits every M up to M_max and chooses M as described in the class comment. */
    private static Result test(Spectrum data, boolean seriesCapacitance) {
        int maxM = maxElements(data);
        int others = seriesCapacitance ? 3 : 2;
        Result[] fits = new Result[maxM + 1];
        double[] variance = new double[maxM + 1];
        int best = 1;
        for (int m = 1; m <= maxM; m++) {
            fits[m] = fit(data, m, seriesCapacitance);
            variance[m] = fits[m].pseudoChiSquare() / (2 * data.size() - m - others);
            if (variance[m] < variance[best]) {
                best = m;
            }
        }
        double limit = FLOOR_FACTOR * Math.max(variance[best], EXACT_RMS * EXACT_RMS);
        int low = best;
        while (low > 1 && variance[low - 1] <= limit) {
            low--;
        }
        for (int m = low; m <= maxM; m++) {
            if (fits[m].mu() <= MU_CRITERION && variance[m] <= limit) {
                return fits[m];
            }
        }
        return fits[best];
    }

    /** M_max: below N − 3 unknowns; 5 per decade already fit an ideal RC to 0.04 %, denser grids fit noise. */
    static int maxElements(Spectrum data) {
        double[] f = data.frequencies();
        double decades = Math.log10(java.util.Arrays.stream(f).max().getAsDouble()
                / java.util.Arrays.stream(f).min().getAsDouble());
        int perDecade = (int) Math.ceil(MAX_ELEMENTS_PER_DECADE * decades);
        return Math.max(1, Math.min(data.size() - 3, perDecade));
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
