package io.interphase.api.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where one run of a {@link RunService} stands.
 *
 * @param id the run's id, also its folder's name
 * @param name the recipe's name
 * @param state where it stands
 * @param progress 0..1
 * @param note what it is doing ("cycle 120 of 20000")
 * @param secondsLeft an estimate while it runs; NaN otherwise
 * @param error why it failed, or null
 * @param submitted when it was queued, ISO-8601
 * @param started when a worker took it, or null
 * @param ended when it ended, or null
 * @param summary the run's summary once it has ended (empty before)
 */
public record RunStatus(String id, String name, State state, double progress, String note, double secondsLeft,
        String error, String submitted, String started, String ended, Map<String, Object> summary) {

    /** A run's states: the last four are final. */
    public enum State {
        QUEUED, RUNNING, DONE, FAILED, CANCELLED, INTERRUPTED;

        public boolean isFinal() {
            return ordinal() >= DONE.ordinal();
        }
    }

    public RunStatus {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        summary = Collections.unmodifiableMap(new LinkedHashMap<>(summary));
    }
}
