package io.interphase.protocol.internal;

import io.interphase.api.run.Protocol;
import io.interphase.api.run.Step;
import io.interphase.api.run.Stimulus;
import io.interphase.api.units.Dimension;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/** {@code Rest for <time>}: open circuit, to let concentrations relax between current steps. */
@Component(service = Protocol.class)
public final class RestProtocol extends KeywordProtocol {

    /** The first word of the lines this protocol reads. */
    static final List<String> KEYWORDS = List.of("Rest");

    public RestProtocol() {
        super("rest", KEYWORDS, "Rest for <time>", "Rest for 10 min");
    }

    @Override
    public Step parse(String line, Context context) {
        Tokens t = new Tokens(line, context);
        t.expect("Rest");
        t.expect("for");
        double duration = t.positive(Dimension.TIME, "10 min");
        t.expectEnd();
        return new Step.Apply("Rest", new Stimulus.Rest(duration), Double.NaN);
    }
}
