package io.interphase.solver.eis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.interphase.solver.kinetics.ButlerVolmer;
import io.interphase.solver.kinetics.ContactKinetics;
import io.interphase.solver.kinetics.Electrode;
import io.interphase.solver.kinetics.MixedConductorLayer;
import io.interphase.solver.kinetics.SymmetricCell;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CellImpedanceTest {

    private static final double T = 268.15;
    private static final double AREA = 0.785e-4;
    private static final ButlerVolmer BV = new ButlerVolmer(2.91, 0.5, T);

    private static SymmetricCell layered() {
        MixedConductorLayer layer = new MixedConductorLayer(30e-6, 9e-5, 243, 1.68e6, 0.92, 0.08, ContactKinetics.uniform(BV), 160);
        return new SymmetricCell(layer, 0.009, layer, T);
    }

    @Test
    void theSpectrumRunsFromTheBulkResistanceToTheDcResistanceOfTheWholeCell() {
        SymmetricCell cell = layered();
        Spectrum s = CellImpedance.predict(cell, AREA, CellImpedance.DEFAULT_DOUBLE_LAYER_CAPACITANCE, new double[] {1e-5, 1e9});
        assertEquals(cell.lowFieldResistance() / AREA, s.real()[0], 1e-4 * s.real()[0]);
        assertEquals(cell.electrolyteResistance() / AREA, s.real()[1], 1e-3 * s.real()[1]);
        assertTrue(s.imaginary()[0] < 0 && s.imaginary()[1] < 0, "capacitive at both ends");
    }

    @Test
    void aBareCellHasOneArcWithItsApexAtOneOverRc() {
        SymmetricCell bare = new SymmetricCell(new Electrode.Face(BV, 1), 0.009, new Electrode.Face(BV, 1), T);
        double cdl = CellImpedance.DEFAULT_DOUBLE_LAYER_CAPACITANCE;
        Map<String, Object> arcs = CellImpedance.arcs(bare, AREA, cdl);
        @SuppressWarnings("unchecked")
        Map<String, Object> first = (Map<String, Object>) arcs.get("first_electrode");
        double r = BV.chargeTransferResistance();
        double apex = 1 / (2 * Math.PI * r * cdl);
        // the apex search steps 20 per decade: within 6 % of 1/(2π R C)
        assertEquals(apex, (double) first.get("apex_frequency_Hz"), 0.06 * apex);
        assertEquals(r / AREA, (double) first.get("resistance_ohm"), 1e-9 * r / AREA);
        assertEquals(0.009 / AREA, (double) arcs.get("bulk_ohm"), 1e-9);
    }
}
