package io.interphase.solver.eis;

import io.interphase.api.analysis.FitFailedException;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.complex.Complex;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.util.Pair;

/**
 * Complex non-linear least squares: fits a circuit's parameters to a spectrum by Levenberg–Marquardt
 * (Commons Math) on the real and imaginary residuals, each divided by a weight.
 *
 * <p>Bounds are kept by fitting transformed variables ({@link BoundTransform}): x = ln(p − lower) for
 * a parameter bounded below only, a logistic x for one bounded on both sides such as a CPE exponent.
 * Every parameter is bounded below by 0 at least. Standard errors come from the Jacobian at the
 * optimum, (JᵀJ)⁻¹ scaled by the reduced χ², carried back to p by the delta method.
 */
public final class CnlsFit {

    /** How the residuals are weighted (Orazem and Tribollet, Electrochemical Impedance Spectroscopy, 2008, ch. 19). */
    public enum Weighting {
        /** All residuals alike: large impedances dominate. */
        UNIT,
        /** Both parts divided by |Z| of the data. */
        MODULUS,
        /** Z' residuals divided by |Z'|, Z'' residuals by |Z''| of the data. */
        PROPORTIONAL
    }

    /** A fitted parameter with its standard error. */
    public record Parameter(String name, double value, double stderr, String unit) {
    }

    /**
     * The fit: parameters in the circuit's order, the weighted sum of squared residuals χ², and χ²
     * divided by the degrees of freedom (2N − k).
     */
    public record Result(Circuit circuit, List<Parameter> parameters, double chi2, double reducedChi2, int iterations) {
        public double[] values() {
            return parameters.stream().mapToDouble(Parameter::value).toArray();
        }
    }

    private static final int MAX_EVALUATIONS = 20_000;
    /** The most wall time one fit may take; a fit that would take longer is stopped and says so. */
    static final long TIME_BUDGET_MS = 30_000;
    /** The most points a spectrum fitted may have. */
    static final int MAX_POINTS = 10_000;

    private CnlsFit() {
    }

    /**
     * Fits the circuit to the data from the initial parameter values. With modulus or proportional
     * weighting the fit first runs unweighted and refines from there: relative weights make the
     * problem less convex, and from a poor start a resistance can run to zero.
     *
     * @throws IllegalArgumentException for an initial value outside its bounds or too few points
     */
    public static Result fit(Circuit circuit, Spectrum data, double[] initial, Weighting weighting) {
        double[] lower = new double[initial.length];
        double[] upper = initial.length == circuit.parameterNames().size() ? circuit.upperBounds() : new double[0];
        return fit(circuit, data, initial, lower, upper, weighting);
    }

    /**
     * Fits with bounds of the caller's: each parameter stays in (lower, upper]. Lower bounds are at
     * least 0 and upper bounds at most the element's own ({@link Circuit#upperBounds()}); an
     * infinite upper bound leaves the parameter unbounded above.
     *
     * @throws IllegalArgumentException for vectors of the wrong length, bounds outside those limits,
     *     an initial value outside its bounds or too few points
     */
    public static Result fit(Circuit circuit, Spectrum data, double[] initial, double[] lower, double[] upper,
            Weighting weighting) {
        circuit.impedance(1, initial);
        BoundTransform[] bounds = bounds(circuit, lower, upper);
        for (int i = 0; i < initial.length; i++) {
            if (!bounds[i].admits(initial[i])) {
                throw new IllegalArgumentException("initial " + circuit.parameterNames().get(i) + " = " + initial[i]
                        + " must be above " + bounds[i].lower()
                        + (Double.isFinite(bounds[i].upper()) ? " and at most " + bounds[i].upper() : ""));
            }
        }
        if (data.size() > MAX_POINTS) {
            throw new IllegalArgumentException("a spectrum of at most " + MAX_POINTS + " points is fitted, got " + data.size()
                    + "; measured spectra have some tens to hundreds (take every n-th point)");
        }
        long deadline = System.nanoTime() + TIME_BUDGET_MS * 1_000_000;
        if (weighting == Weighting.UNIT) {
            return fitOnce(circuit, data, initial, bounds, weighting, deadline);
        }
        Result unit = fitOnce(circuit, data, initial, bounds, Weighting.UNIT, deadline);
        return fitOnce(circuit, data, unit.values(), bounds, weighting, deadline);
    }

    private static BoundTransform[] bounds(Circuit circuit, double[] lower, double[] upper) {
        int k = circuit.parameterNames().size();
        if (lower.length != k || upper.length != k) {
            throw new IllegalArgumentException(circuit + " needs " + k + " lower and upper bounds "
                    + circuit.parameterNames() + ", got " + lower.length + " and " + upper.length);
        }
        double[] limit = circuit.upperBounds();
        BoundTransform[] bounds = new BoundTransform[k];
        for (int i = 0; i < k; i++) {
            String name = circuit.parameterNames().get(i);
            if (!(lower[i] >= 0 && lower[i] < upper[i] && upper[i] <= limit[i]) || Double.isInfinite(lower[i])) {
                throw new IllegalArgumentException("bounds of " + name + " must satisfy 0 <= lower < upper <= "
                        + limit[i] + ", got [" + lower[i] + ", " + upper[i] + "]");
            }
            bounds[i] = new BoundTransform(lower[i], upper[i]);
        }
        return bounds;
    }

    private static Result fitOnce(Circuit circuit, Spectrum data, double[] initial, BoundTransform[] bounds,
            Weighting weighting, long deadline) {
        int k = initial.length;
        int n = data.size();
        if (2 * n <= k) {
            throw new IllegalArgumentException("a fit of " + k + " parameters needs more than " + k / 2 + " points, got " + n);
        }
        double[] x0 = new double[k];
        for (int i = 0; i < k; i++) {
            x0[i] = bounds[i].toX(initial[i]);
        }
        double[] f = data.frequencies();
        double[] re = data.real();
        double[] im = data.imaginary();
        double[][] sigma = weights(re, im, weighting);
        ResidualModel model = new ResidualModel(circuit, f, re, im, sigma, bounds, deadline);
        LeastSquaresOptimizer.Optimum optimum;
        try {
            optimum = new LevenbergMarquardtOptimizer().optimize(new LeastSquaresBuilder()
                    .model(model::value).target(new double[2 * n]).start(x0)
                    .maxEvaluations(MAX_EVALUATIONS).maxIterations(MAX_EVALUATIONS).build());
        } catch (OutOfTime e) {
            throw new FitFailedException("the fit of " + circuit + " (" + k + " parameters, " + n + " points) was stopped "
                    + "after its time budget of " + TIME_BUDGET_MS / 1000 + " s" + (e.getMessage() == null ? "" : " (" + e.getMessage()
                    + ")") + "; fewer points (every other frequency) or fewer elements fit within it");
        } catch (Diverged e) {
            throw new FitFailedException("the fit of " + circuit + " (" + weighting.name().toLowerCase(java.util.Locale.ROOT)
                    + " weighting) did not converge: " + e.getMessage() + " grew without bound, so the data do not hold "
                    + "the arc it stands for. The circuit may lack an element for part of the spectrum (a low-frequency "
                    + "diffusion tail wants W1 or Wo1; an inductive high-frequency end L0); or start it elsewhere (--initial)"
                    + (weighting == Weighting.UNIT ? "" : " or weight it otherwise (--weighting unit)"));
        } catch (org.hipparchus.exception.MathIllegalStateException e) {
            throw new FitFailedException("the fit of " + circuit + " did not converge in " + MAX_EVALUATIONS
                    + " evaluations; try starting values closer to the data (--initial) or another weighting (--weighting)");
        }
        double[] x = optimum.getPoint().toArray();
        double chi2 = optimum.getCost() * optimum.getCost();
        double reduced = chi2 / (2 * n - k);
        RealMatrix covariance = covariance(optimum, k);
        List<Parameter> parameters = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            double p = bounds[i].toP(x[i]);
            // a negative or non-finite variance from a nearly singular JᵀJ means: not determined
            double variance = covariance.getEntry(i, i);
            double sx = variance >= 0 && Double.isFinite(variance) ? Math.sqrt(variance * reduced) : Double.POSITIVE_INFINITY;
            parameters.add(new Parameter(circuit.parameterNames().get(i), p, Math.abs(bounds[i].derivative(p)) * sx,
                    circuit.parameterUnits().get(i)));
        }
        return new Result(circuit, List.copyOf(parameters), chi2, reduced, optimum.getIterations());
    }

    /**
     * (JᵀJ)⁻¹ at the optimum; where the data do not determine the parameters (a singular JᵀJ, e.g. a
     * parameter driven to its bound) every variance is infinite rather than the fit failing.
     */
    private static RealMatrix covariance(LeastSquaresOptimizer.Optimum optimum, int k) {
        try {
            return optimum.getCovariances(1e-14);
        } catch (org.hipparchus.exception.MathIllegalArgumentException e) {
            if (e.getSpecifier() != org.hipparchus.exception.LocalizedCoreFormats.SINGULAR_MATRIX) {
                throw e;
            }
            RealMatrix undetermined = new Array2DRowRealMatrix(k, k);
            for (int i = 0; i < k; i++) {
                undetermined.setEntry(i, i, Double.POSITIVE_INFINITY);
            }
            return undetermined;
        }
    }

    private static double[][] weights(double[] re, double[] im, Weighting weighting) {
        double[][] s = new double[2][re.length];
        for (int i = 0; i < re.length; i++) {
            double modulus = Math.hypot(re[i], im[i]);
            switch (weighting) {
                case UNIT -> { s[0][i] = 1; s[1][i] = 1; }
                case MODULUS -> { s[0][i] = modulus; s[1][i] = modulus; }
                case PROPORTIONAL -> {
                    s[0][i] = Math.max(Math.abs(re[i]), 1e-6 * modulus);
                    s[1][i] = Math.max(Math.abs(im[i]), 1e-6 * modulus);
                }
                default -> throw new IllegalStateException(weighting.toString());
            }
        }
        return s;
    }

    /** A parameter that the optimiser drove to infinity: the fit cannot go on, and says which. */
    private static final class Diverged extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Diverged(String parameter) {
            super(parameter, null, false, false);
        }
    }

    /** The fit's time budget ran out, or its thread was interrupted. */
    private static final class OutOfTime extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutOfTime(String why) {
            super(why, null, false, false);
        }
    }

    /** Weighted residuals (Z' then Z'') and their Jacobian by central differences in x, until the deadline (nanoTime). */
    private record ResidualModel(Circuit circuit, double[] f, double[] re, double[] im, double[][] sigma,
            BoundTransform[] bounds, long deadline) {

        Pair<org.hipparchus.linear.RealVector, RealMatrix> value(org.hipparchus.linear.RealVector point) {
            if (Thread.currentThread().isInterrupted()) {
                throw new OutOfTime("interrupted");
            }
            if (System.nanoTime() > deadline) {
                throw new OutOfTime(null);
            }
            double[] x = point.toArray();
            double[] r = residuals(x);
            double[][] jacobian = new double[r.length][x.length];
            for (int j = 0; j < x.length; j++) {
                double h = 1e-6 * Math.max(1, Math.abs(x[j]));
                double[] xp = x.clone();
                double[] xm = x.clone();
                xp[j] += h;
                xm[j] -= h;
                double[] rp = residuals(xp);
                double[] rm = residuals(xm);
                for (int i = 0; i < r.length; i++) {
                    jacobian[i][j] = (rp[i] - rm[i]) / (2 * h);
                }
            }
            return new Pair<>(new ArrayRealVector(r, false), new Array2DRowRealMatrix(jacobian, false));
        }

        double[] residuals(double[] x) {
            double[] p = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                p[i] = bounds[i].toP(x[i]);
                if (!Double.isFinite(p[i])) {
                    throw new Diverged(circuit.parameterNames().get(i));
                }
            }
            int n = f.length;
            double[] r = new double[2 * n];
            for (int i = 0; i < n; i++) {
                Complex z = circuit.impedance(f[i], p);
                r[i] = (z.getReal() - re[i]) / sigma[0][i];
                r[n + i] = (z.getImaginary() - im[i]) / sigma[1][i];
            }
            return r;
        }
    }
}
