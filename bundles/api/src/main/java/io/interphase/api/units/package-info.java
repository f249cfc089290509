/**
 * Physical quantities with units. Values are SI inside Interphase; text such as {@code "5 mA/cm2"},
 * {@code "300 nm"}, {@code "25 degC"} or {@code "20 wt%"} is turned into SI at the edges by
 * {@link io.interphase.api.units.Units}, the one reader of numbers with units.
 *
 * <p>1.1.0: {@code Units.numberLength}; at most {@code Units.MAX_LENGTH} characters, read in one pass; {@code M} (molar or mega-) and
 * {@code d} (day or deci-) are refused as ambiguous, with what to write instead ({@code mol/L}, {@code day}).
 */
@Export
@Version("1.2.0")
package io.interphase.api.units;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
