package io.interphase.solver.eis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class InitialGuessTest {

    @Test
    void aFitFromTheGuessRecoversASimulatedTwoArcSpectrum() {
        Circuit circuit = Circuit.parse("R0-p(R1,CPE1)-p(R2,CPE2)");
        double[] truth = {12, 80, 2e-6, 0.9, 300, 5e-4, 0.8};
        double[] hz = new double[50];
        for (int i = 0; i < hz.length; i++) {
            hz[i] = Math.pow(10, -2 + 8.0 * i / (hz.length - 1));
        }
        Spectrum data = circuit.spectrum(hz, truth);
        CnlsFit.Result fit = CnlsFit.fit(circuit, data, InitialGuess.of(circuit, data), CnlsFit.Weighting.MODULUS);
        for (int i = 0; i < truth.length; i++) {
            assertEquals(truth[i], fit.values()[i], 1e-4 * truth[i], circuit.parameterNames().get(i));
        }
    }

    @Test
    void theGuessStartsTheMeasuredSpectrumFitAsWellAsHandPickedValues() throws IOException {
        Spectrum data = MeasuredSpectrum.load();
        Circuit circuit = Circuit.parse("L0-R0-p(R1,CPE1)-p(R2,CPE2)-W1");
        double[] guess = InitialGuess.of(circuit, data);
        assertTrue(guess[0] > 0 && guess[1] > 0, "L and R0 positive");
        CnlsFit.Result fit = CnlsFit.fit(circuit, data, guess, CnlsFit.Weighting.MODULUS);
        // relative rms misfit of the fit from the guess: the same 0.8 % as from hand-picked values
        assertTrue(Math.sqrt(fit.chi2() / (2 * data.size())) < 0.01, "rms " + Math.sqrt(fit.chi2() / (2 * data.size())));
    }

    @Test
    void aFitThatDivergesSaysWhichParameterAndWhatToTry() throws IOException {
        // one arc for a spectrum with a diffusion tail: with modulus weighting R1 runs off to infinity
        Spectrum data = MeasuredSpectrum.load();
        Circuit circuit = Circuit.parse("R0-p(R1,CPE1)");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> CnlsFit.fit(circuit, data, InitialGuess.of(circuit, data), CnlsFit.Weighting.MODULUS));
        assertTrue(e.getMessage().contains("R1 grew without bound") && e.getMessage().contains("W1 or Wo1")
                && e.getMessage().contains("--weighting unit"), e.getMessage());
    }
}
