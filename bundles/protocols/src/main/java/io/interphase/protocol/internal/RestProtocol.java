package io.interphase.protocol.internal;

import io.interphase.api.run.Protocol;
import io.interphase.api.run.Step;
import io.interphase.api.run.Stimulus;
import io.interphase.api.units.Dimension;
import org.osgi.service.component.annotations.Component;

/** {@code Rest for <time>}: open circuit. */
@Component(service = Protocol.class)
public final class RestProtocol implements Protocol {

    @Override
    public String id() {
        return "rest";
    }

    @Override
    public boolean accepts(String line) {
        return Words.startsWith(line, "Rest");
    }

    @Override
    public Step parse(String line, Context context) {
        Tokens t = new Tokens(line, context);
        t.next("Rest");
        t.expect("for");
        double duration = t.quantity(Dimension.TIME, "10 min");
        t.expectEnd();
        return new Step.Apply("Rest", new Stimulus.Rest(duration), Double.NaN);
    }
}
