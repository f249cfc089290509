package io.interphase.solver.eis;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.complex.Complex;

/**
 * An equivalent circuit parsed from the common notation: elements such as {@code R0}, {@code CPE1},
 * {@code Wo1} joined by {@code -} in series and grouped by {@code p(a,b,...)} in parallel.
 *
 * <p>Parameters form one vector in the order the elements are written. A one-parameter element's
 * parameter is named after it ({@code R0}); a multi-parameter element's are {@code name_0},
 * {@code name_1} ({@code CPE1_0} = Q, {@code CPE1_1} = n). Immutable and safe to share.
 */
public final class Circuit {

    /** A part of a circuit: an element, a series or a parallel group. */
    sealed interface Node permits Element, Series, Parallel {
        Complex impedance(double omega, double[] p);
    }

    record Element(ElementType type, String name, int offset) implements Node {
        @Override
        public Complex impedance(double omega, double[] p) {
            return type.impedance(omega, p, offset);
        }
    }

    record Series(List<Node> parts) implements Node {
        @Override
        public Complex impedance(double omega, double[] p) {
            Complex z = Complex.ZERO;
            for (Node n : parts) {
                z = z.add(n.impedance(omega, p));
            }
            return z;
        }
    }

    record Parallel(List<Node> branches) implements Node {
        @Override
        public Complex impedance(double omega, double[] p) {
            Complex y = Complex.ZERO;
            for (Node n : branches) {
                y = y.add(n.impedance(omega, p).reciprocal());
            }
            return y.reciprocal();
        }
    }

    private final String text;
    private final Node root;
    private final List<String> parameterNames;
    private final List<String> parameterUnits;
    private final double[] upperBounds;

    private final List<ElementType> elementTypes;

    Circuit(String text, Node root, List<Element> elements) {
        this.text = text;
        this.root = root;
        List<String> names = new ArrayList<>();
        List<String> units = new ArrayList<>();
        List<Double> upper = new ArrayList<>();
        for (Element e : elements) {
            int n = e.type().parameterCount();
            for (int k = 0; k < n; k++) {
                names.add(n == 1 ? e.name() : e.name() + "_" + k);
                units.add(e.type().unit(k));
                upper.add(e.type().upperBound(k));
            }
        }
        this.elementTypes = elements.stream().map(Element::type).toList();
        this.upperBounds = upper.stream().mapToDouble(Double::doubleValue).toArray();
        this.parameterNames = List.copyOf(names);
        this.parameterUnits = List.copyOf(units);
    }

    /**
     * Parses a circuit string.
     *
     * @throws IllegalArgumentException naming the position and what was expected there
     */
    public static Circuit parse(String text) {
        return CircuitParser.parse(text);
    }

    /** The element types in the order they are written (and their parameters appear). */
    public List<ElementType> elementTypes() {
        return elementTypes;
    }

    /** The parameter names, in the order of the parameter vector. */
    public List<String> parameterNames() {
        return parameterNames;
    }

    /** The unit of each parameter, in the same order. */
    public List<String> parameterUnits() {
        return parameterUnits;
    }

    /** Every parameter is positive; this is the upper bound of each (infinite for most). */
    public double[] upperBounds() {
        return upperBounds.clone();
    }

    /** Z at frequency {@code hertz} (> 0) for the parameter vector. */
    public Complex impedance(double hertz, double[] parameters) {
        check(parameters);
        if (!(hertz > 0) || !Double.isFinite(hertz)) {
            throw new IllegalArgumentException("frequency must be positive and finite, got " + hertz + " Hz");
        }
        return root.impedance(2 * Math.PI * hertz, parameters);
    }

    /** The spectrum at every frequency of the list. */
    public Spectrum spectrum(double[] hertz, double[] parameters) {
        double[] re = new double[hertz.length];
        double[] im = new double[hertz.length];
        for (int i = 0; i < hertz.length; i++) {
            Complex z = impedance(hertz[i], parameters);
            re[i] = z.getReal();
            im[i] = z.getImaginary();
        }
        return new Spectrum(hertz, re, im);
    }

    private void check(double[] p) {
        if (p.length != parameterNames.size()) {
            throw new IllegalArgumentException(text + " takes " + parameterNames.size() + " parameters "
                    + parameterNames + ", got " + p.length);
        }
        for (int i = 0; i < p.length; i++) {
            if (!Double.isFinite(p[i])) {
                throw new IllegalArgumentException("parameter " + parameterNames.get(i) + " must be finite, got " + p[i]);
            }
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
