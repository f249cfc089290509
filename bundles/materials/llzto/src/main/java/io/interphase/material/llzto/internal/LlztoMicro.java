package io.interphase.material.llzto.internal;

import io.interphase.api.material.Material;
import io.interphase.api.material.MaterialComponent;
import io.interphase.api.material.MaterialSpec;
import org.osgi.service.component.annotations.Component;

/**
 * Micro LLZTO: 5–8 µm particles (6.5 µm, the middle, taken) with 0.6e-3 S/cm at 25 °C. The
 * garnet's other parameters are in {@link Garnet}.
 *
 * <p>Lifecycle: none. The component is immutable and has no activate/deactivate methods.
 */
@Component(service = Material.class)
public final class LlztoMicro extends MaterialComponent {

    public LlztoMicro() {
        super(spec());
    }

    static MaterialSpec spec() {
        return Garnet.spec("llzto-micro", "LLZTO (Li6.4La3Zr1.4Ta0.6O12), micro, 5–8 µm", "6.5 um",
                "reference study (" + Garnet.STUDY + "): micro LLZTO, 5–8 µm; middle 6.5 µm taken", "0.6e-3 S/cm");
    }
}
