package io.interphase.api.run;

import io.interphase.api.cell.CellProperties;
import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Turns the lines of a test protocol ("Charge at 1C until 4.2 V") into stimuli for a cell. A
 * protocol service claims the lines it understands; new step types arrive as bundles.
 */
@ConsumerType
public interface Protocol {

    /** A stable id ("galvanostatic", "ccd-ramp"). */
    String id();

    /** True if this protocol understands the line. */
    boolean accepts(String line);

    /**
     * The stimuli of the lines for this cell (C-rates resolve from the cell's cathode loading).
     *
     * @throws io.interphase.api.InvalidInputException naming the line and column of a mistake
     */
    Iterable<Stimulus> stimuli(List<String> lines, CellProperties cell);
}
