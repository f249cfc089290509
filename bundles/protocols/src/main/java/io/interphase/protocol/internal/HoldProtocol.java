package io.interphase.protocol.internal;

import io.interphase.api.run.Protocol;
import io.interphase.api.run.Step;
import io.interphase.api.run.Stimulus;
import io.interphase.api.units.Dimension;
import org.osgi.service.component.annotations.Component;

/** {@code Hold at <voltage> until <current> [or <time>]}: a constant-voltage step, as after a CC charge. */
@Component(service = Protocol.class)
public final class HoldProtocol implements Protocol {

    @Override
    public String id() {
        return "hold";
    }

    @Override
    public boolean accepts(String line) {
        return Words.startsWith(line, "Hold");
    }

    @Override
    public Step parse(String line, Context context) {
        Tokens t = new Tokens(line, context);
        t.next("Hold");
        t.expect("at");
        double voltage = t.quantity(Dimension.VOLTAGE, "4.2 V");
        return new Step.Apply("Hold", new Stimulus.ConstantVoltage(voltage, StopClauses.read(t, 0, false)), Double.NaN);
    }
}
