package io.interphase.solver.eis;

/**
 * An impedance spectrum: frequencies (Hz), real parts Z' and imaginary parts Z'' (Ω), Z'' signed
 * as measured (negative on capacitive arcs). Arrays are copied in and out.
 */
public record Spectrum(double[] frequencies, double[] real, double[] imaginary) {
    public Spectrum {
        if (frequencies.length != real.length || real.length != imaginary.length) {
            throw new IllegalArgumentException("frequency, Z' and Z'' need equal lengths, got " + frequencies.length
                    + ", " + real.length + ", " + imaginary.length);
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
