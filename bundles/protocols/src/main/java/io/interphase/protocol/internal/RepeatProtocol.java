package io.interphase.protocol.internal;

import io.interphase.api.InvalidInputException;
import io.interphase.api.run.Protocol;
import io.interphase.api.run.Step;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * {@code Repeat <n> times: <step>; <step>; ...}, for example "Repeat 20000 times: Charge at 30C until
 * 4.2 V; Discharge at 30C until 3.0 V": each pass is one cycle. The steps are parsed by the installed
 * protocols in place, so their errors name columns of the whole line. A repeat cannot hold another
 * repeat: the inner one's ';' could not be told from the outer one's.
 */
@Component(service = Protocol.class)
public final class RepeatProtocol extends KeywordProtocol {

    /** The first word of the lines this protocol reads. */
    static final List<String> KEYWORDS = List.of("Repeat");

    public RepeatProtocol() {
        super("repeat", KEYWORDS, "Repeat <n> times: <step>; <step>; ...", "Repeat 20000 times: Charge at 30C until 4.2 V; Discharge at 30C until 3.0 V");
    }

    /** Ten million cycles is beyond any cell's life; a larger count is a typo, not an experiment. */
    public static final long MAX_TIMES = 10_000_000;

    @Override
    public Step parse(String line, Context context) {
        Tokens t = new Tokens(line, context);
        t.expect("Repeat");
        long times = t.wholeNumber(1, MAX_TIMES, "times");
        Tokens.Token colon = t.expect("times:");
        List<Step> body = new ArrayList<>();
        for (Words.Part part : Words.split(line, colon.column() + 1, ';')) {
            body.add(step(part, context));
        }
        return new Step.Repeat(times, body, false);
    }

    /** One step of the body, refusing a nested repeat before it could swallow the outer steps. */
    private static Step step(Words.Part part, Context context) {
        if (Words.startsWithAny(part.text(), KEYWORDS) || Words.startsWithAny(part.text(), GittProtocol.KEYWORDS)) {
            throw nested(part, context);
        }
        Step step = context.parse(part.text(), part.column());
        if (step instanceof Step.Repeat) {
            throw nested(part, context);
        }
        return step;
    }

    private static InvalidInputException nested(Words.Part part, Context context) {
        return new InvalidInputException(context.field(part.wordColumn()), "expected a single step such as 'Rest for 1 h' "
                + "in a repeat, found '" + part.text().strip() + "'; a repeat cannot contain another repeat");
    }
}
