package io.interphase.solver.kinetics;

import io.interphase.api.cell.Cell;
import io.interphase.api.cell.CellProperties;
import io.interphase.api.cell.Constituent;
import io.interphase.api.cell.Layer;
import io.interphase.api.cell.Percolation;
import io.interphase.api.material.MaterialCatalog;
import io.interphase.cell.internal.CellModelComponent;
import io.interphase.material.limetal.internal.LiMetal;
import io.interphase.material.llzto.internal.LlztoMicro;
import io.interphase.material.llzto.internal.LlztoNano;
import io.interphase.material.lpscl.internal.Lpscl;
import io.interphase.material.softcarbon.internal.SoftCarbon;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** The reference study's symmetric cells built from the real material components, for tests. */
final class StudyCells {

    static final MaterialCatalog MATERIALS = MaterialCatalog.of(
            List.of(new LiMetal(), new Lpscl(), new SoftCarbon(), new LlztoNano(), new LlztoMicro()));
    static final double MINUS_5_C = 268.15;

    private StudyCells() {
    }

    /** Li 20 µm | layer 30 µm | LPSCl 80 mg | layer | Li on 0.785 cm²; no layer when llztoFraction is negative. */
    static CellProperties symmetric(String llzto, double llztoFraction, double kelvin) {
        List<Layer> layers = new ArrayList<>();
        layers.add(Layer.of("li-metal", 20e-6));
        Layer interlayer = null;
        if (llztoFraction == 0) {
            interlayer = Layer.of("soft-carbon", 30e-6);
        } else if (llztoFraction > 0) {
            interlayer = new Layer(List.of(Constituent.of("soft-carbon", 1 - llztoFraction),
                    Constituent.of(llzto, llztoFraction)), OptionalDouble.of(30e-6), OptionalDouble.empty(),
                    Percolation.SPHERES_3D);
        }
        if (interlayer != null) {
            layers.add(interlayer);
        }
        layers.add(new Layer(List.of(Constituent.of("lpscl", 1)), OptionalDouble.empty(), OptionalDouble.of(80e-6),
                Percolation.SPHERES_3D));
        if (interlayer != null) {
            layers.add(interlayer);
        }
        layers.add(Layer.of("li-metal", 20e-6));
        Cell cell = new Cell("test", 0.785e-4, kelvin, OptionalDouble.empty(), layers);
        return new CellModelComponent().evaluate(cell, MATERIALS);
    }

    static SymmetricCell kinetics(String llzto, double fraction) {
        return CellKinetics.symmetric(symmetric(llzto, fraction, MINUS_5_C), MATERIALS, CellKinetics.DEFAULT_ALPHA);
    }
}
