/**
 * Cell cycling: a full cell (cathode composite | LPSCl | layer | Li) in equivalent-circuit form whose
 * branches are the cathode particles' diffusion modes, updated exactly over piecewise-constant
 * current; a symmetric Li cell; both with the void-and-short physics of docs/physics.md §3.5 at the Li side
 * and interphases that grow as √t. {@link io.interphase.solver.cycling.CyclingSimulation} answers a
 * run's stimuli one by one.
 * Private to its bundle: no other bundle imports it.
 */
package io.interphase.solver.cycling;
