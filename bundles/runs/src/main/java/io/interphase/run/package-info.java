/**
 * The run pipeline, private to this bundle: {@link io.interphase.run.RecipeReading} reads a recipe (a cell
 * description plus {@code protocol}, {@code solver}, {@code outputs}, {@code parameters}, {@code sweep} and
 * {@code eis}) into a {@link io.interphase.api.run.Recipe}; {@link io.interphase.run.RunPipeline} starts its
 * solver, walks its steps into a {@link io.interphase.api.run.Result} of time series, cycles and a summary, and
 * hands it to the exporters. Other bundles read recipes through the {@link io.interphase.api.run.RecipeReader}
 * service.
 */
package io.interphase.run;
