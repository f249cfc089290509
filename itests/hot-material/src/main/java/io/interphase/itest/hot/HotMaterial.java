package io.interphase.itest.hot;

import io.interphase.api.material.Material;
import io.interphase.api.material.MaterialComponent;
import io.interphase.api.material.MaterialRole;
import io.interphase.api.material.MaterialSpec;
import io.interphase.api.material.Property;
import io.interphase.api.material.PropertyKey;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;

/** A material whose name carries the version of the bundle it came in, for the hot-deployment tests. */
@Component(service = Material.class)
public final class HotMaterial extends MaterialComponent {
    public HotMaterial() {
        super(MaterialSpec.builder("itest-hot", "Hot-deployed test material "
                + FrameworkUtil.getBundle(HotMaterial.class).getVersion(), MaterialRole.BINDER)
                .property(Property.constant(PropertyKey.DENSITY, "2.2 g/cm3", "test fixture"))
                .build());
    }
}
