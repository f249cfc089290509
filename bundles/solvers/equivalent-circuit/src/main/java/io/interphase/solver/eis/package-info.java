/**
 * Equivalent circuits written as strings in the common notation ({@code R0-p(R1,CPE1)-Wo1}) and
 * their impedance spectra: {@link io.interphase.solver.eis.Circuit} (elements R, C, L, CPE, W, Wo, Ws,
 * G and the transmission line T), {@link io.interphase.solver.eis.Spectrum} and its CSV form
 * {@link io.interphase.solver.eis.SpectrumCsv}, complex non-linear least-squares fitting
 * {@link io.interphase.solver.eis.CnlsFit} and the Lin-KK validity test
 * {@link io.interphase.solver.eis.LinKk}.
 */
@Export
@Version("0.2.0")
package io.interphase.solver.eis;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
