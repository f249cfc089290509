package io.interphase.solver.kinetics;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.util.Pair;

/**
 * Fits i0, α and a series resistance to a steady current–voltage sweep by Levenberg–Marquardt on the
 * full Butler–Volmer law, not by reading a Tafel slope by eye. The model, with η_α(J) the
 * overpotential at which one electrode of transfer coefficient α passes J:
 * <ul>
 * <li>two identical electrodes (a symmetric cell): V = η_α(J) + η_(1−α)(J) + J R_s, since the second
 *     electrode passes −J. α and 1 − α give the same curve, so α is reported in (0, ½];</li>
 * <li>one electrode against a reference: V = η_α(J) + J R_s, α in (0, 1).</li>
 * </ul>
 * Residuals are in volts, unweighted. i0 is fitted as ln i0 and α through a logistic map, so both stay
 * in range; R_s is linear and may come out negative, which says the data do not fit this model.
 * Standard errors come from the Jacobian (delta method). At α = ½ a symmetric cell's curve is flat
 * in α; a fit that reaches ½ is repeated with α held there, so that i0 and R_s keep their errors,
 * and α's error is reported infinite (not determined).
 */
public final class TafelFit {

    /**
     * The fitted values, SI: i0 in A/m², R_s in Ω·m², and the voltage and current range fitted.
     *
     * @param rmsResidual root-mean-square voltage residual, V
     */
    public record Result(double exchangeCurrentDensity, double exchangeCurrentDensityError, double alpha,
            double alphaError, double seriesResistance, double seriesResistanceError, boolean seriesResistanceFixed,
            double rmsResidual, int points, double minVoltage, double maxVoltage, double minCurrentDensity,
            double maxCurrentDensity) {
    }

    private static final int MAX_EVALUATIONS = 2000;

    private TafelFit() {
    }

    /**
     * Fits the sweep.
     *
     * @param electrodes 2 for a symmetric cell, 1 for one electrode against a reference
     * @param fixedSeriesResistance Ω·m² to hold R_s at, or NaN to fit it
     * @param maxVoltage only points with |V| at most this are fitted (infinite: all)
     * @throws IllegalArgumentException for too few points, a sweep without current or bad options
     */
    public static Result fit(Sweep sweep, double temperature, int electrodes, double fixedSeriesResistance,
            double maxVoltage) {
        if (electrodes != 1 && electrodes != 2) {
            throw new IllegalArgumentException("electrodes must be 1 or 2, got " + electrodes);
        }
        if (!(temperature > 0) || !Double.isFinite(temperature)) {
            throw new IllegalArgumentException("temperature must be positive kelvin, got " + temperature);
        }
        if (!(maxVoltage > 0)) {
            throw new IllegalArgumentException("the largest |V| fitted must be positive, got " + maxVoltage + " V");
        }
        double[][] points = select(sweep, maxVoltage);
        double[] v = points[0];
        double[] j = points[1];
        boolean fixed = !Double.isNaN(fixedSeriesResistance);
        int k = fixed ? 2 : 3;
        if (v.length <= k + 1) {
            throw new IllegalArgumentException("a Tafel fit needs more than " + (k + 1) + " points with |V| <= "
                    + maxVoltage + " V and a current, got " + v.length);
        }
        Model model = new Model(j, temperature, electrodes, fixed ? fixedSeriesResistance : 0, fixed, Double.NaN);
        Result free = solve(model, v, j, model.start(v, j));
        if (electrodes == 2 && free.alpha() > 0.5 * (1 - 1e-6)) {
            // at α = ½ a symmetric cell's curve is flat in α: hold it there so the other errors stay defined
            Model held = new Model(j, temperature, electrodes, model.fixedResistance(), fixed, 0.5);
            return solve(held, v, j, held.start(v, j));
        }
        return free;
    }

    private static Result solve(Model model, double[] v, double[] j, double[] start) {
        LeastSquaresOptimizer.Optimum optimum = new LevenbergMarquardtOptimizer().optimize(new LeastSquaresBuilder()
                .model(model::evaluate).target(v).start(start)
                .maxEvaluations(MAX_EVALUATIONS).maxIterations(MAX_EVALUATIONS).build());
        double[] u = optimum.getPoint().toArray();
        int k = u.length;
        double reduced = optimum.getCost() * optimum.getCost() / (v.length - k);
        double[] error = errors(optimum, k, reduced);
        double i0 = Math.exp(u[0]);
        boolean alphaFree = Double.isNaN(model.heldAlpha());
        double alpha = alphaFree ? model.alpha(u[1]) : model.heldAlpha();
        double alphaError = alphaFree ? model.alphaDerivative(u[1]) * error[1] : Double.POSITIVE_INFINITY;
        int rsIndex = alphaFree ? 2 : 1;
        return new Result(i0, i0 * error[0], alpha, alphaError,
                model.fixed() ? model.fixedResistance() : u[rsIndex], model.fixed() ? 0 : error[rsIndex], model.fixed(),
                optimum.getRMS(), v.length, min(v), max(v), min(j), max(j));
    }

    private static double[] errors(LeastSquaresOptimizer.Optimum optimum, int k, double reduced) {
        double[] error = new double[k];
        RealMatrix covariance;
        try {
            covariance = optimum.getCovariances(1e-14);
        } catch (RuntimeException singular) {
            java.util.Arrays.fill(error, Double.POSITIVE_INFINITY);
            return error;
        }
        for (int i = 0; i < k; i++) {
            double variance = covariance.getEntry(i, i) * reduced;
            error[i] = variance >= 0 && Double.isFinite(variance) ? Math.sqrt(variance) : Double.POSITIVE_INFINITY;
        }
        return error;
    }

    /** The points with |V| ≤ maxVoltage and a non-zero current: at J = 0 ln-space has nothing to say. */
    private static double[][] select(Sweep sweep, double maxVoltage) {
        List<double[]> kept = new ArrayList<>();
        double[] v = sweep.voltage();
        double[] j = sweep.currentDensity();
        for (int i = 0; i < v.length; i++) {
            if (Math.abs(v[i]) <= maxVoltage && j[i] != 0) {
                kept.add(new double[] {v[i], j[i]});
            }
        }
        double[][] out = new double[2][kept.size()];
        for (int i = 0; i < kept.size(); i++) {
            out[0][i] = kept.get(i)[0];
            out[1][i] = kept.get(i)[1];
        }
        return out;
    }

    private static double min(double[] a) {
        return java.util.Arrays.stream(a).min().orElse(Double.NaN);
    }

    private static double max(double[] a) {
        return java.util.Arrays.stream(a).max().orElse(Double.NaN);
    }

    /** V(J) and its Jacobian in the fit variables u = (ln i0, logit of α, R_s). */
    /** The fitted cell voltage at a current density, V: what the fit draws through the data. */
    public static double voltage(Result r, double current, int electrodes, double temperature) {
        double v = new ButlerVolmer(r.exchangeCurrentDensity(), r.alpha(), temperature).overpotential(current)
                + current * r.seriesResistance();
        if (electrodes == 2) {
            v += new ButlerVolmer(r.exchangeCurrentDensity(), 1 - r.alpha(), temperature).overpotential(current);
        }
        return v;
    }

    private record Model(double[] j, double temperature, int electrodes, double fixedResistance, boolean fixed,
            double heldAlpha) {

        /** The largest α: ½ for a symmetric cell, where α and 1 − α cannot be told apart. */
        double alphaCeiling() {
            return electrodes == 2 ? 0.5 : 1.0;
        }

        double alpha(double u) {
            return alphaCeiling() / (1 + Math.exp(-u));
        }

        double alphaDerivative(double u) {
            double a = alpha(u);
            return a * (1 - a / alphaCeiling());
        }

        /** i0 from the low-field slope, R_s = 0 (or the fixed value), α = 0.4. */
        double[] start(double[] v, double[] current) {
            double maxV = 0;
            for (double x : v) {
                maxV = Math.max(maxV, Math.abs(x));
            }
            double sxy = 0;
            double sxx = 0;
            for (int i = 0; i < v.length; i++) {
                if (Math.abs(v[i]) <= 0.25 * maxV) {
                    sxy += v[i] * current[i];
                    sxx += current[i] * current[i];
                }
            }
            double slope = sxx > 0 ? sxy / sxx : Double.NaN;
            double f = io.interphase.api.units.Units.FARADAY / (io.interphase.api.units.Units.GAS_CONSTANT * temperature);
            double chargeTransfer = slope - fixedResistance;
            double i0 = chargeTransfer > 0 ? electrodes / (f * chargeTransfer) : maxAbs(current);
            double share = 0.4 / alphaCeiling();
            double uAlpha = Math.log(share / (1 - share));
            List<Double> start = new ArrayList<>(List.of(Math.log(i0)));
            if (Double.isNaN(heldAlpha)) {
                start.add(uAlpha);
            }
            if (!fixed) {
                start.add(0.0);
            }
            return start.stream().mapToDouble(Double::doubleValue).toArray();
        }

        private static double maxAbs(double[] a) {
            double m = 0;
            for (double x : a) {
                m = Math.max(m, Math.abs(x));
            }
            return m;
        }

        Pair<org.hipparchus.linear.RealVector, RealMatrix> evaluate(org.hipparchus.linear.RealVector point) {
            double[] u = point.toArray();
            double i0 = Math.exp(u[0]);
            boolean alphaFree = Double.isNaN(heldAlpha);
            double alpha = alphaFree ? alpha(u[1]) : heldAlpha;
            double dAlpha = alphaFree ? alphaDerivative(u[1]) : 0;
            int rsIndex = alphaFree ? 2 : 1;
            double rs = fixed ? fixedResistance : u[rsIndex];
            double[] value = new double[j.length];
            double[][] jac = new double[j.length][u.length];
            for (int n = 0; n < j.length; n++) {
                Branch a = Branch.of(i0, alpha, temperature, j[n]);
                value[n] = a.eta + j[n] * rs;
                jac[n][0] = a.dLnI0;
                if (alphaFree) {
                    jac[n][1] = a.dAlpha * dAlpha;
                }
                if (electrodes == 2) {
                    // the second electrode has transfer coefficient 1 − α
                    Branch b = Branch.of(i0, 1 - alpha, temperature, j[n]);
                    value[n] += b.eta;
                    jac[n][0] += b.dLnI0;
                    if (alphaFree) {
                        jac[n][1] -= b.dAlpha * dAlpha;
                    }
                }
                if (!fixed) {
                    jac[n][rsIndex] = j[n];
                }
            }
            return new Pair<>(new ArrayRealVector(value, false), new Array2DRowRealMatrix(jac, false));
        }
    }

    /**
     * η_α(J) and its derivatives by the implicit function theorem: with g(η) = j_BV(η; i0, α) − J = 0,
     * ∂η/∂ln i0 = −J / g'(η) and ∂η/∂α = −(∂j_BV/∂α) / g'(η) with ∂j_BV/∂α = F η J / RT.
     */
    private record Branch(double eta, double dLnI0, double dAlpha) {
        static Branch of(double i0, double alpha, double temperature, double current) {
            ButlerVolmer bv = new ButlerVolmer(i0, alpha, temperature);
            double eta = bv.overpotential(current);
            double slope = bv.slope(eta);
            double dCurrentDAlpha = bv.f() * eta * current;
            return new Branch(eta, -current / slope, -dCurrentDAlpha / slope);
        }
    }
}
