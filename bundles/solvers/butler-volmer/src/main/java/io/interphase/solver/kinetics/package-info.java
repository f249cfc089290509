/**
 * Butler–Volmer kinetics at the Li-side electrodes of a cell: {@link io.interphase.solver.kinetics.ButlerVolmer}
 * at one interface, {@link io.interphase.solver.kinetics.Electrode}s (a bare Li | electrolyte face or a
 * mixed-conducting interlayer solved as a two-rail continuum), the
 * {@link io.interphase.solver.kinetics.SymmetricCell} built from a cell's layers, its steady
 * current–voltage sweep (also as a run's {@link io.interphase.solver.kinetics.SteadySimulation}), and the {@link io.interphase.solver.kinetics.TafelFit} of i0 and α to a sweep.
 *
 * <p>Version 0.x: shaped by the first solvers; may change in a minor release.
 */
@Export
@Version("0.3.0")
package io.interphase.solver.kinetics;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
