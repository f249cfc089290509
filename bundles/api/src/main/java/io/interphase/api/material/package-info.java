/**
 * Materials as services. A material bundle registers one {@link io.interphase.api.material.Material}
 * per material it offers, usually by extending {@link io.interphase.api.material.MaterialComponent}
 * with a definition made by {@link io.interphase.api.material.MaterialSpec#builder}.
 */
@Export
@Version("1.4.0")
package io.interphase.api.material;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
