package io.interphase.protocol.internal;

import io.interphase.api.InvalidInputException;
import io.interphase.api.run.Protocol;
import io.interphase.api.run.Step;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/** {@code Repeat <n> times: <step>; <step>; ...}: each pass is one cycle. */
@Component(service = Protocol.class)
public final class RepeatProtocol implements Protocol {

    static final long MAX_TIMES = 10_000_000;

    @Override
    public String id() {
        return "repeat";
    }

    @Override
    public boolean accepts(String line) {
        return Words.startsWith(line, "Repeat");
    }

    @Override
    public Step parse(String line, Context context) {
        Tokens t = new Tokens(line, context);
        t.next("Repeat");
        Tokens.Token n = t.next("a number of times such as '20000'");
        long times;
        try {
            times = Long.parseLong(n.text());
        } catch (NumberFormatException e) {
            throw t.error(n.column(), "a whole number of times such as '20000'", "'" + n.text() + "'");
        }
        if (times < 1 || times > MAX_TIMES) {
            throw t.error(n.column(), "a number of times from 1 to " + MAX_TIMES, n.text());
        }
        t.expect("times");
        Tokens.Token colon = t.next("':'");
        if (!colon.text().equals(":")) {
            throw t.error(colon.column(), "':' followed by the steps", "'" + colon.text() + "'");
        }
        return new Step.Repeat(times, parts(line, colon.column() + 1, ';', context), false);
    }

    /** The steps of the text after {@code from}, separated by {@code separator}, each parsed in place. */
    static List<Step> parts(String line, int from, char separator, Context context) {
        List<Step> steps = new ArrayList<>();
        int start = from;
        while (start <= line.length()) {
            int end = line.indexOf(separator, start);
            if (end < 0) {
                end = line.length();
            }
            String part = line.substring(start, end);
            if (part.isBlank()) {
                throw new InvalidInputException(context.field(Math.min(start, line.length())), "expected a step, found nothing");
            }
            if (Words.startsWith(part, "Repeat") || Words.startsWith(part, "GITT")) {
                throw new InvalidInputException(context.field(start + part.indexOf(part.strip())),
                        "expected a simple step; a repeat cannot contain another repeat");
            }
            steps.add(context.parse(part, start));
            start = end + 1;
        }
        return steps;
    }
}
