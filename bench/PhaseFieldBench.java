import io.interphase.solver.phasefield.CahnHilliard;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Cell updates per second of the phase-field solver's explicit stencil (one Cahn–Hilliard sub-step: μ and M,
 * then the flux divergence) on N × N grids; median of 9 timed repeats after a warm-up. The thread count is the
 * common pool's parallelism + 1, set by bench/stencil.sh.
 * usage: java -cp CLASSES bench/PhaseFieldBench.java N...
 */
public final class PhaseFieldBench {
    public static void main(String[] args) {
        for (String a : args) {
            int n = Integer.parseInt(a);
            double[] s = new double[n * n];
            SplittableRandom r = new SplittableRandom(1);
            for (int k = 0; k < s.length; k++) {
                s[k] = 0.2 + 0.6 * r.nextDouble();
            }
            double[] source = new double[s.length];
            CahnHilliard ch = new CahnHilliard(n, n, 0.25e-6, 4.45e6, 1.25e-6, 4e-14 / 4.45e6);
            double dt = ch.stableStep();
            int reps = Math.max(4, (int) (2e8 / s.length / 10));
            for (int i = 0; i < 3 * reps; i++) {
                ch.substep(s, source, dt);
            }
            double[] rates = new double[9];
            for (int t = 0; t < rates.length; t++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < reps; i++) {
                    ch.substep(s, source, dt);
                }
                rates[t] = (double) s.length * reps / ((System.nanoTime() - t0) / 1e9);
            }
            Arrays.sort(rates);
            System.out.printf(Locale.ROOT, "%d %.4e%n", n, rates[4]);
        }
    }
}
