package io.interphase.api.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A snapshot of 2D fields on a uniform grid, as a spatially resolved solver (phase-field) reports them: {@code nx}
 * cells across (x, periodic) by {@code ny} through the cell (y, from the first layer towards the last), each of
 * edge {@code spacing}. Values are row-major, y outer: cell (i, j) is {@code values[j * nx + i]}.
 *
 * @param time s: from the start of its step as a solver reports it, from the start of the run in a {@link Result}
 * @param spacing cell edge, m
 * @param fields name to values, in insertion order; the name carries the unit as in {@code phi_e_V}, none for a
 *        dimensionless field ({@code xi})
 */
public record FieldFrame(double time, int nx, int ny, double spacing, Map<String, float[]> fields) {

    public FieldFrame {
        if (nx < 1 || ny < 1) {
            throw new IllegalArgumentException("a field frame needs at least one cell each way, got " + nx + " x " + ny);
        }
        if (!(spacing > 0) || !Double.isFinite(spacing)) {
            throw new IllegalArgumentException("spacing must be positive, got " + spacing);
        }
        Map<String, float[]> copy = new LinkedHashMap<>();
        for (Map.Entry<String, float[]> e : fields.entrySet()) {
            float[] v = Objects.requireNonNull(e.getValue(), e.getKey());
            if (v.length != nx * ny) {
                throw new IllegalArgumentException("field " + e.getKey() + " has " + v.length + " values, not " + nx * ny);
            }
            copy.put(e.getKey(), v.clone());
        }
        fields = Collections.unmodifiableMap(copy);
    }

    /** The same fields at another time. */
    public FieldFrame at(double newTime) {
        return new FieldFrame(newTime, nx, ny, spacing, fields);
    }

    /** The values of one field (a copy). */
    public float[] field(String name) {
        float[] v = fields.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no field " + name + "; fields: " + fields.keySet());
        }
        return v.clone();
    }
}
