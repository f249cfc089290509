package io.interphase.api.material;

/**
 * The open-circuit voltage of an electrode material against Li/Li⁺ as a function of its lithium
 * fraction y (for LiyCoO2: y from about 0.5, charged, to 1, discharged).
 */
public interface OcvCurve {

    /** Open-circuit voltage in volts at lithium fraction {@code y} within {@link #minFraction()}..{@link #maxFraction()}. */
    double voltage(double y);

    /** The lowest lithium fraction the curve is valid for. */
    double minFraction();

    /** The highest lithium fraction the curve is valid for. */
    double maxFraction();

    /** The citation of the curve. */
    String source();
}
