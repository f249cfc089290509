/**
 * Equivalent circuits written as strings in the common notation ({@code R0-p(R1,CPE1)-Wo1}) and
 * their impedance spectra. Version 0.x: fitting and validity tests are still to come.
 */
@Export
@Version("0.1.0")
package io.interphase.solver.eis;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
