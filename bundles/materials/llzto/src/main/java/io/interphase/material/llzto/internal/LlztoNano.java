package io.interphase.material.llzto.internal;

import io.interphase.api.material.Material;
import io.interphase.api.material.MaterialComponent;
import io.interphase.api.material.MaterialSpec;
import org.osgi.service.component.annotations.Component;

/**
 * Nano LLZTO: 300 nm particles with 1.0e-3 S/cm at 25 °C. The garnet's other parameters are in
 * {@link Garnet}.
 *
 * <p>Lifecycle: none. The component is immutable and has no activate/deactivate methods.
 */
@Component(service = Material.class)
public final class LlztoNano extends MaterialComponent {

    public LlztoNano() {
        super(spec());
    }

    static MaterialSpec spec() {
        return Garnet.spec("llzto-nano", "LLZTO (Li6.4La3Zr1.4Ta0.6O12), nano, 300 nm", "300 nm",
                "reference study (" + Garnet.STUDY + "): nano LLZTO, 300 nm", "1.0e-3 S/cm");
    }
}
