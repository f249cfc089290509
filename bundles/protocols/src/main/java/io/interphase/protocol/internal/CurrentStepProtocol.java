package io.interphase.protocol.internal;

import io.interphase.api.run.Protocol;
import io.interphase.api.run.Step;
import io.interphase.api.run.Stimulus;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * {@code Charge|Discharge|Plate|Strip at <current> <limits>}, for example "Charge at 1C until 4.2 V"
 * or "Plate at 2 mA/cm2 for 1 h or until 1 V": a constant current until the first limit. The
 * current is written positive; the action gives its sign and the meaning of a voltage bound
 * ({@link CurrentAction}). A step needs a limit, since a bare current would run until the cell fails.
 */
@Component(service = Protocol.class)
public final class CurrentStepProtocol extends KeywordProtocol {

    /** The first words of the lines this protocol reads. */
    static final List<String> KEYWORDS = CurrentAction.WORDS;

    public CurrentStepProtocol() {
        super("current-step", KEYWORDS, "Charge|Discharge|Plate|Strip at <current> for <time> | until <voltage>|<charge> [or ...]", "Charge at 1C until 4.2 V; Plate at 2 mA/cm2 for 1 h or until 1 V");
    }

    @Override
    public Step parse(String line, Context context) {
        Tokens t = new Tokens(line, context);
        Tokens.Token word = t.next("one of " + KEYWORDS);
        CurrentAction action = CurrentAction.of(word.text());
        if (action == null) {
            throw t.error(word.column(), "one of " + String.join(", ", KEYWORDS), "'" + word.text() + "'");
        }
        t.expect("at");
        Tokens.Current current = t.current("2 mA/cm2");
        var limits = StopClauses.current(t, action);
        return new Step.Apply(action.word, new Stimulus.ConstantCurrent(action.sign * current.density(), limits),
                current.cRate());
    }
}
