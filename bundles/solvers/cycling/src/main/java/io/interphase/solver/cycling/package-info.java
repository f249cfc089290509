/**
 * Cell cycling: a full cell (cathode composite | LPSCl | layer | Li) in equivalent-circuit form whose
 * branches are the cathode particles' diffusion modes, updated exactly over piecewise-constant
 * current; a symmetric Li cell; both with the void-and-short physics of PHYSICS.md §3.5 at the Li side
 * and interphases that grow as √t. {@link io.interphase.solver.cycling.CyclingSimulation} answers a
 * run's stimuli one by one.
 */
@Export
@Version("0.2.0")
package io.interphase.solver.cycling;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
