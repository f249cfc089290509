package io.interphase.protocol.internal;

import io.interphase.api.run.Protocol;
import io.interphase.api.run.Step;
import io.interphase.api.run.Stimulus;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * {@code Hold at <voltage> until <current> [or <time>]}, for example "Hold at 4.2 V until 0.05C": the
 * constant-voltage step after a constant-current charge, ended when the current has decayed.
 */
@Component(service = Protocol.class)
public final class HoldProtocol extends KeywordProtocol {

    /** The first word of the lines this protocol reads. */
    static final List<String> KEYWORDS = List.of("Hold");

    public HoldProtocol() {
        super("hold", KEYWORDS, "Hold at <voltage> until <current> [or <time>]", "Hold at 4.2 V until 0.05C");
    }

    @Override
    public Step parse(String line, Context context) {
        Tokens t = new Tokens(line, context);
        t.expect("Hold");
        t.expect("at");
        double voltage = t.voltage("4.2 V");
        return new Step.Apply("Hold", new Stimulus.ConstantVoltage(voltage, StopClauses.hold(t)), Double.NaN);
    }
}
