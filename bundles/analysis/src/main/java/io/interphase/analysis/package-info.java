/**
 * What a researcher brings and takes away: instrument files in ({@link io.interphase.analysis.InstrumentFiles}:
 * impedance CSV, BioLogic {@code .mpt} text exports, voltage/current sweeps), and the EIS and Tafel
 * analyses and simulations as JSON-ready reports ({@link io.interphase.analysis.EisAnalysis},
 * {@link io.interphase.analysis.TafelAnalysis}, {@link io.interphase.analysis.Simulations}). The
 * command line and the REST API both answer through these classes.
 * Private to its bundle: no other bundle imports it.
 */
package io.interphase.analysis;
