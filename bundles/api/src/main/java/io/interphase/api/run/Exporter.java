package io.interphase.api.run;

import java.io.IOException;
import java.io.OutputStream;
import org.osgi.annotation.versioning.ConsumerType;

/** Writes a result in one format. A run has every installed exporter write its files into the run's folder. */
@ConsumerType
public interface Exporter {

    /** A short format id ("csv", "json", "svg"). */
    String formatId();

    /** Writes the result as one or more files, each opened from {@code output}. */
    void export(Result result, Output output) throws IOException;

    /** Where an exporter's files go. */
    @ConsumerType
    interface Output {
        /**
         * A new file of this plain name ("timeseries.csv"), or in one subfolder of the run's folder
         * ("fields/xi_0001.vti"); the exporter closes it.
         */
        OutputStream open(String fileName) throws IOException;
    }
}
