import io.interphase.solver.eis.Circuit;
import io.interphase.solver.eis.CnlsFit;
import io.interphase.solver.eis.Spectrum;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * Median wall time of a 60-point, 5-parameter CNLS fit (R0-p(R1,CPE1)-W1, 1 % noise, proportional
 * weighting, start a factor 2-10 off), after a warm-up. usage: java -cp ... bench/CnlsBench.java [RUNS]
 */
public class CnlsBench {
    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Circuit c = Circuit.parse("R0-p(R1,CPE1)-W1");
        double[] f = new double[60];
        for (int i = 0; i < f.length; i++) {
            f[i] = 0.1 * Math.pow(10, i / 10.0);
        }
        Spectrum exact = c.spectrum(f, new double[] {10, 100, 1e-5, 0.85, 20});
        Random random = new Random(7);
        double[] re = exact.real();
        double[] im = exact.imaginary();
        for (int i = 0; i < re.length; i++) {
            re[i] *= 1 + 0.01 * random.nextGaussian();
            im[i] *= 1 + 0.01 * random.nextGaussian();
        }
        Spectrum data = new Spectrum(f, re, im);
        double[] guess = {5, 50, 1e-6, 0.7, 5};
        for (int i = 0; i < runs; i++) {
            CnlsFit.fit(c, data, guess, CnlsFit.Weighting.PROPORTIONAL);
        }
        double[] ms = new double[runs];
        CnlsFit.Result last = null;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            last = CnlsFit.fit(c, data, guess, CnlsFit.Weighting.PROPORTIONAL);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "60-point 5-parameter CNLS fit: median %.3f ms (p10 %.3f, p90 %.3f) over %d runs%n",
                ms[runs / 2], ms[runs / 10], ms[runs * 9 / 10], runs);
        System.out.println("fitted: " + Arrays.toString(last.values()) + ", reduced chi2 " + last.reducedChi2());
    }
}
