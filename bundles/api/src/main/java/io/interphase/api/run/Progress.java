package io.interphase.api.run;

import org.osgi.annotation.versioning.ConsumerType;

/** Where long work reports how far it is, and learns whether it should stop. */
@ConsumerType
public interface Progress {

    /** Reports the fraction done, 0..1, with a short note ("cycle 120 of 20000"). */
    void report(double fraction, String note);

    /** True once the caller asked the work to stop; solvers check it between steps and return early. */
    boolean isCancelled();
}
