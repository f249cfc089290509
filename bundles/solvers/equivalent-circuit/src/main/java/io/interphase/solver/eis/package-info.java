/**
 * Equivalent circuits written as strings in the common notation ({@code R0-p(R1,CPE1)-Wo1}) and
 * their impedance spectra: {@link io.interphase.solver.eis.Circuit} (elements R, C, L, CPE, W, Wo, Ws,
 * G and the transmission line T), {@link io.interphase.solver.eis.Spectrum}, complex non-linear
 * least-squares fitting
 * {@link io.interphase.solver.eis.CnlsFit} and the Lin-KK validity test
 * {@link io.interphase.solver.eis.LinKk}. Instrument files, the CSV form of a spectrum among them, are
 * read by the analysis bundle (0.3.0: SpectrumCsv moved there).
 */
@Export
@Version("0.3.0")
package io.interphase.solver.eis;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
