package io.interphase.solver.kinetics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.complex.Complex;
import org.junit.jupiter.api.Test;

class MixedConductorLayerTest {

    private static final double T = 268.15;
    private static final ButlerVolmer KINETICS = new ButlerVolmer(2.91, 0.5, T);
    private static final double L = 30e-6;

    private static MixedConductorLayer layer(double sigmaIon, double sigmaEl, double a, double faceL, double face0, int cells) {
        return new MixedConductorLayer(L, sigmaIon, sigmaEl, a, faceL, face0, ContactKinetics.uniform(KINETICS), cells);
    }

    /**
     * Bisquert (2000) at zero frequency: ions in at x = L, electrons out at x = 0, interfacial
     * resistance per length ζ = R_ct / a.
     */
    private static double bisquertDc(double sigmaIon, double sigmaEl, double a) {
        double ri = 1 / sigmaIon;
        double re = 1 / sigmaEl;
        double zeta = KINETICS.chargeTransferResistance() / a;
        double lambda = Math.sqrt(zeta / (ri + re));
        double nu = L / lambda;
        return ri * re / (ri + re) * (L + 2 * lambda / Math.sinh(nu)) + lambda * (ri * ri + re * re) / (ri + re) / Math.tanh(nu);
    }

    @Test
    void linearisedLayerWithBlockingFacesIsBisquertsTransmissionLineAtZeroFrequency() {
        double[][] cases = {
            {9e-5, 243, 1.68e6},   // SC-20 % nano LLZTO at −5 °C: reaction within ~1 µm of the electrolyte
            {1e-2, 1e-2, 1e5},     // equal rails, reaction spread over the layer
            {1e-3, 5e-3, 3e4},     // electronic rail better, thin reaction zone at neither face
        };
        for (double[] c : cases) {
            double expected = bisquertDc(c[0], c[1], c[2]);
            double actual = layer(c[0], c[1], c[2], 0, 0, 640).lowFieldResistance();
            assertEquals(expected, actual, 2e-4 * expected, () -> "sigma_i " + c[0] + ", sigma_e " + c[1] + ", a " + c[2]);
        }
    }

    @Test
    void smallSignalImpedanceIsBisquertsLineAtEveryFrequency() {
        double sigmaIon = 1e-3;
        double sigmaEl = 5e-3;
        double a = 3e4;
        double cdl = 0.1; // F/m², 10 µF/cm²
        MixedConductorLayer layer = layer(sigmaIon, sigmaEl, a, 0, 0, 640);
        double ri = 1 / sigmaIon;
        double re = 1 / sigmaEl;
        for (double omega : new double[] {1e-3, 1, 1e2, 1e4, 1e6}) {
            Complex zeta = new Complex(1 / KINETICS.chargeTransferResistance(), omega * cdl).multiply(a).reciprocal();
            Complex lambda = zeta.divide(ri + re).sqrt();
            Complex nu = lambda.reciprocal().multiply(L);
            Complex expected = lambda.multiply(2).divide(nu.sinh()).add(L).multiply(ri * re / (ri + re))
                    .add(lambda.multiply((ri * ri + re * re) / (ri + re)).multiply(nu.cosh().divide(nu.sinh())));
            Complex actual = layer.impedance(omega, cdl);
            assertEquals(0, actual.subtract(expected).norm(), 3e-4 * expected.norm(), "omega " + omega);
        }
        assertEquals(layer.lowFieldResistance(), layer.impedance(1e-9, cdl).getReal(), 1e-6 * layer.lowFieldResistance());
    }

    @Test
    void aBareFaceIsItsChargeTransferResistanceInParallelWithItsDoubleLayer() {
        Electrode.Face face = new Electrode.Face(KINETICS, 0.5);
        double r = KINETICS.chargeTransferResistance() / 0.5;
        double c = 0.1 * 0.5;
        double omega = 1 / (r * c);
        // at the apex ω = 1/RC, Z = R/2 − jR/2
        assertEquals(r / 2, face.impedance(omega, 0.1).getReal(), 1e-12 * r);
        assertEquals(-r / 2, face.impedance(omega, 0.1).getImaginary(), 1e-12 * r);
    }

    @Test
    void lowFieldResistanceConvergesAsTheGridIsRefined() {
        double previousChange = Double.POSITIVE_INFINITY;
        double previous = layer(9e-5, 243, 1.68e6, 0.92, 0.08, 20).lowFieldResistance();
        for (int cells : new int[] {40, 80, 160, 320}) {
            double r = layer(9e-5, 243, 1.68e6, 0.92, 0.08, cells).lowFieldResistance();
            double change = Math.abs(r - previous) / r;
            assertTrue(change < previousChange, cells + " cells: change " + change + " after " + previousChange);
            previousChange = change;
            previous = r;
        }
        assertTrue(previousChange < 1e-3, "160 → 320 cells changes R by " + previousChange);
    }

    @Test
    void chargeIsConservedEverywhereInTheTafelRegion() {
        MixedConductorLayer layer = layer(9e-5, 243, 1.68e6, 0.92, 0.08, MixedConductorLayer.DEFAULT_CELLS);
        for (double j : new double[] {-200, -20, -0.5, 0.5, 20, 200}) {
            TwoRailProfile p = layer.profile(j);
            assertEquals(j, p.reactionCurrent(), 1e-8 * Math.abs(j), "J = " + j);
            assertEquals(1, p.electrolyteFaceShare() + p.interiorShare() + p.metalFaceShare(), 1e-12);
        }
    }

    @Test
    void zeroCurrentGivesZeroVoltageAndSmallCurrentTheLowFieldResistance() {
        MixedConductorLayer layer = layer(9e-5, 243, 1.68e6, 0.92, 0.08, MixedConductorLayer.DEFAULT_CELLS);
        assertEquals(0, layer.voltage(0), 1e-15);
        double j = 1e-4;
        assertEquals(layer.lowFieldResistance(), layer.voltage(j) / j, 1e-5 * layer.lowFieldResistance());
    }

    @Test
    void withoutInteriorContactsAndAPerfectElectronRailTheLayerIsAFaceOfItsElectronConductors() {
        double face = 0.6;
        MixedConductorLayer layer = layer(1e-6, 1e8, 0, face, 0, MixedConductorLayer.DEFAULT_CELLS);
        Electrode.Face bare = new Electrode.Face(KINETICS, face);
        for (double j : new double[] {-30, -1, 0.2, 5, 30}) {
            assertEquals(bare.voltage(j), layer.voltage(j), 1e-6 * Math.abs(bare.voltage(j)) + 1e-12, "J = " + j);
        }
    }

    @Test
    void moreContactAreaLowersTheResistanceAndMovesTheReactionIntoTheLayer() {
        MixedConductorLayer fewContacts = layer(9e-5, 243, 7.8e4, 0.92, 0.08, MixedConductorLayer.DEFAULT_CELLS);
        MixedConductorLayer manyContacts = layer(9e-5, 243, 1.68e6, 0.92, 0.08, MixedConductorLayer.DEFAULT_CELLS);
        assertTrue(manyContacts.lowFieldResistance() < fewContacts.lowFieldResistance());
        assertTrue(manyContacts.profile(-1).interiorShare() > fewContacts.profile(-1).interiorShare());
    }

    @Test
    void reactionZoneNarrowsAtHighCurrentAsThePorousElectrodeTheoryPredicts() {
        MixedConductorLayer layer = layer(9e-5, 243, 1.68e6, 0, 0, MixedConductorLayer.DEFAULT_CELLS);
        // low field: all interior; at a current far above i0 the zone shrinks but charge still flows
        double low = layer.profile(-0.01).interiorShare();
        assertEquals(1, low, 1e-12);
        assertTrue(layer.voltage(-300) < layer.voltage(-30));
    }

    @Test
    void refusesALayerWherenothingMeets() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> layer(1e-4, 1, 0, 0, 0, 160));
        assertTrue(e.getMessage().contains("meet nowhere"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> layer(-1, 1, 1, 0, 0, 160));
        assertThrows(IllegalArgumentException.class, () -> layer(1, 1, 1, 1.5, 0, 160));
        assertThrows(IllegalArgumentException.class, () -> layer(1, 1, 1, 0.5, 0, 7));
    }
}
