/**
 * The run pipeline: a recipe (a cell description plus {@code protocol}, {@code solver} and
 * {@code outputs}) becomes a cell, its protocol steps, a simulation of the chosen solver, a
 * {@link io.interphase.api.run.Result} of time series, cycles and a summary, and the files of every
 * installed exporter. {@link io.interphase.run.RunPipeline} is the entry point.
 */
@Export
@Version("0.1.0")
package io.interphase.run;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
