package io.interphase.analysis;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/** Report helpers shared by the analyses and commands. */
public final class Reports {

    private static final Gson PRETTY = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();

    private Reports() {
    }

    /** The value, or null where JSON has no number for it (an infinite standard error: not determined). */
    public static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    /** A report as indented JSON. */
    public static String json(Object report) {
        return PRETTY.toJson(report);
    }
}
