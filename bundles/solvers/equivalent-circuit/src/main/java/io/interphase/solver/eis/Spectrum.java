package io.interphase.solver.eis;

/**
 * An impedance spectrum: frequencies (Hz), real parts Z' and imaginary parts Z'' (Ω), Z'' signed
 * as measured (negative on capacitive arcs). Frequencies are positive, all values finite. Arrays are
 * copied in and out.
 */
public record Spectrum(double[] frequencies, double[] real, double[] imaginary) {
    public Spectrum {
        if (frequencies.length != real.length || real.length != imaginary.length) {
            throw new IllegalArgumentException("frequency, Z' and Z'' need equal lengths, got " + frequencies.length
                    + ", " + real.length + ", " + imaginary.length);
        }
        for (int i = 0; i < frequencies.length; i++) {
            if (!(frequencies[i] > 0) || !Double.isFinite(frequencies[i])) {
                throw new IllegalArgumentException("frequency " + (i + 1) + " must be positive and finite, got "
                        + frequencies[i] + " Hz");
            }
            if (!Double.isFinite(real[i]) || !Double.isFinite(imaginary[i])) {
                throw new IllegalArgumentException("impedance " + (i + 1) + " must be finite, got Z' = " + real[i]
                        + ", Z'' = " + imaginary[i] + " at " + frequencies[i] + " Hz");
            }
        }
        frequencies = frequencies.clone();
        real = real.clone();
        imaginary = imaginary.clone();
    }

    @Override
    public double[] frequencies() {
        return frequencies.clone();
    }

    @Override
    public double[] real() {
        return real.clone();
    }

    @Override
    public double[] imaginary() {
        return imaginary.clone();
    }

    public int size() {
        return frequencies.length;
    }
}
