/**
 * Physical quantities with units. Values are SI inside Interphase; text such as {@code "5 mA/cm2"},
 * {@code "300 nm"}, {@code "25 degC"} or {@code "20 wt%"} is turned into SI at the edges by
 * {@link io.interphase.api.units.Units}.
 */
@Export
@Version("1.0.0")
package io.interphase.api.units;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
