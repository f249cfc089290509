package io.interphase.protocol.internal;

import io.interphase.api.run.Protocol;
import io.interphase.protocol.Keywords;
import java.util.List;

/**
 * A protocol that recognises its lines by their first word: the id, the keywords and
 * {@link #accepts} in one place, so each step family only says how to parse its line.
 */
public abstract class KeywordProtocol implements Protocol, Keywords {

    private final String id;
    private final List<String> keywords;

    KeywordProtocol(String id, List<String> keywords) {
        this.id = id;
        this.keywords = List.copyOf(keywords);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final List<String> keywords() {
        return keywords;
    }

    @Override
    public final boolean accepts(String line) {
        return Words.startsWithAny(line, keywords);
    }
}
