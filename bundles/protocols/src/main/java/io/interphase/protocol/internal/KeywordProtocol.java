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
    private final String grammar;

    /**
     * @param grammar the line's form, {@code <placeholders>} for quantities
     * @param example one or more lines as a researcher types them, separated by "; "
     */
    KeywordProtocol(String id, List<String> keywords, String grammar, String example) {
        this.id = id;
        this.keywords = List.copyOf(keywords);
        this.grammar = grammar + "\n    e.g. " + example;
    }

    @Override
    public final String grammar() {
        return grammar;
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
