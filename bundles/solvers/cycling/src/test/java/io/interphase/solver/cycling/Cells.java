package io.interphase.solver.cycling;

import io.interphase.api.cell.Cell;
import io.interphase.api.cell.CellProperties;
import io.interphase.api.cell.Constituent;
import io.interphase.api.cell.Layer;
import io.interphase.api.cell.Percolation;
import io.interphase.api.material.MaterialCatalog;
import io.interphase.cell.internal.CellModelComponent;
import io.interphase.material.lcolzo.internal.LzoCoatedLco;
import io.interphase.material.limetal.internal.LiMetal;
import io.interphase.material.llzto.internal.LlztoMicro;
import io.interphase.material.llzto.internal.LlztoNano;
import io.interphase.material.lpscl.internal.Lpscl;
import io.interphase.material.softcarbon.internal.SoftCarbon;
import io.interphase.material.vgcf.internal.Vgcf;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** The study's cells at its 55 °C from the real material components: symmetric and LCO full cells. */
final class Cells {

    static final MaterialCatalog MATERIALS = MaterialCatalog.of(List.of(new LiMetal(), new Lpscl(), new SoftCarbon(),
            new LlztoNano(), new LlztoMicro(), new LzoCoatedLco(), new Vgcf()));
    /** The study's test temperature, 55 °C, K. */
    static final double STUDY = 328.15;
    static final double AREA = 0.785e-4;

    private Cells() {
    }

    /** The interlayer: none for a negative fraction, SC alone for 0, else SC with that mass fraction of LLZTO. */
    static Layer interlayer(String llzto, double fraction) {
        if (fraction < 0) {
            return null;
        }
        if (fraction == 0) {
            return Layer.of("soft-carbon", 30e-6);
        }
        return new Layer(List.of(Constituent.of("soft-carbon", 1 - fraction), Constituent.of(llzto, fraction)),
                OptionalDouble.of(30e-6), OptionalDouble.empty(), Percolation.SPHERES_3D);
    }

    static Layer electrolyte() {
        return new Layer(List.of(Constituent.of("lpscl", 1)), OptionalDouble.empty(), OptionalDouble.of(80e-6),
                Percolation.SPHERES_3D);
    }

    static CellProperties symmetric(String llzto, double fraction) {
        return symmetric(llzto, fraction, STUDY);
    }

    /** The same at another temperature, K. */
    static CellProperties symmetric(String llzto, double fraction, double temperature) {
        Layer inter = interlayer(llzto, fraction);
        List<Layer> layers = new ArrayList<>();
        layers.add(Layer.of("li-metal", 20e-6));
        if (inter != null) {
            layers.add(inter);
        }
        layers.add(electrolyte());
        if (inter != null) {
            layers.add(inter);
        }
        layers.add(Layer.of("li-metal", 20e-6));
        return build(layers, temperature);
    }

    /** Li | layer | LPSCl | LZO@LCO : LPSCl : VGCF 60:35:5 with {@code lcoLoading} kg/m² of LCO. */
    static CellProperties full(String llzto, double fraction, double lcoLoading) {
        List<Layer> layers = new ArrayList<>();
        layers.add(Layer.of("li-metal", 20e-6));
        Layer inter = interlayer(llzto, fraction);
        if (inter != null) {
            layers.add(inter);
        }
        layers.add(electrolyte());
        layers.add(new Layer(List.of(Constituent.of("lco-lzo", 0.60), Constituent.of("lpscl", 0.35),
                Constituent.of("vgcf", 0.05)), OptionalDouble.empty(), OptionalDouble.of(lcoLoading / 0.60 * AREA),
                Percolation.SPHERES_3D));
        return build(layers);
    }

    private static CellProperties build(List<Layer> layers) {
        return build(layers, STUDY);
    }

    private static CellProperties build(List<Layer> layers, double temperature) {
        return new CellModelComponent().evaluate(new Cell("test", AREA, temperature, OptionalDouble.empty(), layers), MATERIALS);
    }

    /** The same cell held at a stack pressure, Pa. */
    static CellProperties pressed(CellProperties cell, double pressure) {
        Cell c = cell.cell();
        return new CellModelComponent().evaluate(new Cell(c.name(), c.area(), c.temperature(), OptionalDouble.of(pressure),
                c.layers()), MATERIALS);
    }
}
