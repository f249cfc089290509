package io.interphase.exporter.internal;

/** Where values fall along a plot's axis, and its ticks and their labels: linear ({@link NiceAxis}) or by decades ({@link LogAxis}). */
sealed interface Axis permits NiceAxis, LogAxis {

    /** Tick values from the axis's start to its end. */
    double[] ticks();

    /** Where a value falls along the axis, 0 at its start and 1 at its end. */
    double fraction(double value);

    /** A tick's label, as short as it can be. */
    String label(double tick);
}
