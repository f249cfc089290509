package io.interphase.api.run;

import java.io.IOException;
import java.io.OutputStream;
import org.osgi.annotation.versioning.ConsumerType;

/** Writes a result in one format. Each installed exporter writes its file into a run's folder. */
@ConsumerType
public interface Exporter {

    /** A short format id, also the file extension ("csv", "json", "svg"). */
    String formatId();

    /** The media type of what {@link #write} produces ("text/csv"). */
    String mediaType();

    /** Writes the result; does not close the stream. */
    void write(Result result, OutputStream out) throws IOException;
}
