package io.interphase.api.run;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Understands some of the lines researchers type in a protocol ("Charge at 1C until 4.2 V") and
 * turns each into a {@link Step}. A run offers every line to the installed protocol services; a new
 * step type arrives as a bundle with one more of them.
 */
@ConsumerType
public interface Protocol {

    /** A stable id ("current-step", "ramp"). */
    String id();

    /**
     * The form of the lines this protocol reads, with an example, for {@code workbench protocols} and
     * {@code run --help}; empty if it does not say.
     */
    default String grammar() {
        return "";
    }

    /** True if this protocol understands the line (usually by its first word). */
    boolean accepts(String line);

    /**
     * The step of one line.
     *
     * @throws io.interphase.api.InvalidInputException whose field names the line and column of the
     *     mistake ({@link Context#field}) and whose message says what was expected there
     */
    Step parse(String line, Context context);

    /** What a protocol may ask of the run while parsing. */
    interface Context {

        /** The current density of 1C for this cell, A/m². Throws {@code InvalidInputException} if the cell has no capacity. */
        double oneC();

        /**
         * The cell's area, m², to turn a current written in amperes ("50 mA") into a density. Throws
         * {@code InvalidInputException} where the protocol is read without a cell.
         */
        default double area() {
            throw new io.interphase.api.InvalidInputException("area", "a current in amperes needs the cell's area; write it per "
                    + "area (such as '2 mA/cm2') or as a C-rate");
        }

        /** Parses text nested in a line (a step of a repeat) starting at the 0-based column of the line. */
        Step parse(String text, int column);

        /** The field name of a mistake at the 0-based column of the current line, for an error. */
        String field(int column);
    }
}
