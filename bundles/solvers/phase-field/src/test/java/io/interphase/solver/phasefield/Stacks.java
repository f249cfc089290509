package io.interphase.solver.phasefield;

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

/** The study's Li | interlayer | LPSCl stacks at its 55 °C, from the real material components. */
final class Stacks {

    static final MaterialCatalog MATERIALS = MaterialCatalog.of(List.of(new LiMetal(), new Lpscl(), new SoftCarbon(),
            new LlztoNano(), new LlztoMicro()));
    static final double STUDY = 328.15;

    private Stacks() {
    }

    /** Li | SC with that mass fraction of LLZTO (none for null) | LPSCl; bare Li | LPSCl for a negative fraction. */
    static CellProperties of(String llzto, double fraction) {
        List<Layer> layers = new ArrayList<>(List.of(Layer.of("li-metal", 20e-6)));
        if (fraction >= 0) {
            layers.add(llzto == null ? Layer.of("soft-carbon", 30e-6)
                    : new Layer(List.of(Constituent.of("soft-carbon", 1 - fraction), Constituent.of(llzto, fraction)),
                            OptionalDouble.of(30e-6), OptionalDouble.empty(), Percolation.SPHERES_3D));
        }
        layers.add(new Layer(List.of(Constituent.of("lpscl", 1)), OptionalDouble.empty(), OptionalDouble.of(80e-6),
                Percolation.SPHERES_3D));
        return new CellModelComponent().evaluate(new Cell("test", 0.785e-4, STUDY, OptionalDouble.empty(), layers), MATERIALS);
    }
}
