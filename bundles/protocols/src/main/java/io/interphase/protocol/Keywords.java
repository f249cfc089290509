package io.interphase.protocol;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Implemented by a {@link io.interphase.api.run.Protocol} that can name the first words of the lines
 * it accepts. {@link io.interphase.api.run.Protocol} only answers yes or no for one line; a line no
 * protocol accepts is answered with these words, so the researcher sees what would have worked.
 */
@ConsumerType
public interface Keywords {

    /** The first words, capitalised as documented ("Charge", "Discharge"); matched in any case. */
    List<String> keywords();
}
