package io.interphase.api.material;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CarrierTest {

    @Test
    void eachPhaseCarriesWhatItConductsBestAndABinderNeither() {
        assertEquals(Carrier.IONS, Carrier.of(0.65, 1e-7));          // LPSCl at 55 °C
        assertEquals(Carrier.IONS, Carrier.of(0.39, 1e-6));          // LLZTO: its electronic figure at the threshold
        assertEquals(Carrier.ELECTRONS, Carrier.of(2.5e-4, 300));    // lithiated soft carbon
        assertEquals(Carrier.ELECTRONS, Carrier.of(1e-8, 3e4));      // VGCF
        assertEquals(Carrier.NONE, Carrier.of(1e-10, 1e-16));        // PTFE: two placeholders
        assertEquals(Carrier.NONE, Carrier.of(0, 0));
    }
}
