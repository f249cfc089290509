package io.interphase.api.run;

import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * One cell's state through one run. Not thread-safe: a run calls it from one thread.
 */
@ConsumerType
public interface Simulation {

    /** The cell's capacity per area that 1C discharges in one hour, C/m²; NaN if it has none (a Li|Li cell). */
    double nominalCapacity();

    /** The cell voltage now, V. */
    double voltage();

    /**
     * Runs one stimulus from the present state, reporting samples as it goes, until one of the
     * stimulus's limits, a failure of the cell or {@link Progress#isCancelled()}.
     *
     * @throws IllegalArgumentException naming the stimulus if this simulation cannot answer it
     */
    StepEnd run(Stimulus stimulus, Recorder recorder, Progress progress);

    /** The model parameters used, name to value with unit and source, for the run's provenance. */
    Map<String, String> parameters();

    /**
     * Figures this model computes itself, for the run's summary beside the ones every run has (the unit in the key,
     * as in {@code max_penetration_um}); empty for most models.
     */
    default Map<String, Object> figures() {
        return Map.of();
    }

    /** Tables this model keeps itself (a phase-field run's deposition metrics over time); empty for most models. */
    default List<Table> tables() {
        return List.of();
    }

    /** Receives samples in time order; time counts from the start of the step, s. */
    @ConsumerType
    interface Recorder {
        void sample(double time, double voltage, double currentDensity);

        /**
         * One point of an impedance spectrum, per area: Z = real + i·imaginary, Ω·m² (a capacitive arc has
         * a negative imaginary part). Recorders that keep no spectra ignore it.
         */
        default void impedance(double frequency, double real, double imaginary) {
        }

        /** A snapshot of the model's fields, from a spatially resolved solver. Recorders that keep no fields ignore it. */
        default void field(FieldFrame frame) {
        }
    }
}
