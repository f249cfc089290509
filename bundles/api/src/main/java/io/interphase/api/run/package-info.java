/**
 * The contracts of a run: {@link io.interphase.api.run.Protocol}s turn text lines into {@link io.interphase.api.run.Step steps} of
 * {@link io.interphase.api.run.Stimulus stimuli}, {@link io.interphase.api.run.Solver}s start a {@link io.interphase.api.run.Simulation} that answers them
 * for a cell, and {@link io.interphase.api.run.Exporter}s write the {@link io.interphase.api.run.Result}. A
 * {@link io.interphase.api.run.RecipeReader} reads the {@link io.interphase.api.run.Recipe} that ties them together.
 *
 * <p>Version 0.x: these contracts are still being shaped by the first solvers and protocols and may
 * change in a minor release.
 */
@Export
@Version("0.6.0")
package io.interphase.api.run;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
