package io.interphase.protocol.internal;

import io.interphase.api.run.Protocol;
import io.interphase.api.run.Step;
import io.interphase.api.run.Stimulus;
import java.util.List;
import java.util.Locale;
import org.osgi.service.component.annotations.Component;

/**
 * {@code Charge|Discharge|Plate|Strip at <current> <stop clauses>}, for example "Charge at 1C until
 * 4.2 V" or "Plate at 2 mA/cm2 for 1 h". Charge and Plate are negative currents (see Stimulus).
 */
@Component(service = Protocol.class)
public final class CurrentStepProtocol implements Protocol {

    private static final List<String> WORDS = List.of("Charge", "Discharge", "Plate", "Strip");

    @Override
    public String id() {
        return "charge|discharge|plate|strip";
    }

    @Override
    public boolean accepts(String line) {
        return WORDS.stream().anyMatch(w -> Words.startsWith(line, w));
    }

    @Override
    public Step parse(String line, Context context) {
        Tokens t = new Tokens(line, context);
        String word = t.next("a step").text();
        String action = WORDS.stream().filter(w -> w.equalsIgnoreCase(word)).findFirst().orElseThrow();
        int sign = action.equals("Charge") || action.equals("Plate") ? -1 : 1;
        t.expect("at");
        Tokens.Current current = t.current("2 mA/cm2");
        boolean magnitude = action.equals("Plate") || action.equals("Strip");
        var limits = StopClauses.read(t, sign, magnitude);
        return new Step.Apply(action, new Stimulus.ConstantCurrent(sign * current.density(), limits), current.cRate());
    }

    @Override
    public String toString() {
        return id().toUpperCase(Locale.ROOT);
    }
}
