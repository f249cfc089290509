package io.interphase.api.units;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Parses quantities as researchers type them: {@code "5 mA/cm2"}, {@code "300 nm"},
 * {@code "-5degC"}, {@code "268.15K"}, {@code "20 wt%"}, {@code "1.33e-8 cm2/s"},
 * {@code "0.23 MPa m^0.5"}.
 *
 * <p>A unit is a product of terms separated by spaces, {@code *}, {@code .} or {@code ·}; a
 * {@code /} divides by the term after it. A term is a symbol with an optional SI prefix and an
 * optional exponent ({@code cm2}, {@code m^-1}, {@code s-1}, {@code m^0.5}).
 */
public final class Units {

    /** Faraday constant, C/mol (CODATA 2018, exact). */
    public static final double FARADAY = 96485.33212;
    /** Molar gas constant, J/(mol K) (exact). */
    public static final double GAS_CONSTANT = 8.314462618;
    /** Boltzmann constant, J/K (exact). */
    public static final double BOLTZMANN = 1.380649e-23;
    /** Elementary charge, C (exact); also joules per electronvolt. */
    public static final double ELEMENTARY_CHARGE = 1.602176634e-19;
    /** 0 °C in kelvin. */
    public static final double ZERO_CELSIUS = 273.15;

    /** The longest text {@link #parse} reads: no quantity a researcher types is longer. */
    public static final int MAX_LENGTH = 200;
    private static final Pattern EXPONENT = Pattern.compile("([-+]?\\d+(\\.\\d+)?)?");

    private static final Map<String, Unit> PREFIXABLE = new HashMap<>();
    private static final Map<String, Unit> PLAIN = new HashMap<>();
    private static final Map<String, Double> PREFIXES = Map.ofEntries(
            Map.entry("p", 1e-12), Map.entry("n", 1e-9), Map.entry("u", 1e-6), Map.entry("µ", 1e-6),
            Map.entry("μ", 1e-6), Map.entry("m", 1e-3), Map.entry("c", 1e-2), Map.entry("d", 1e-1),
            Map.entry("k", 1e3), Map.entry("M", 1e6), Map.entry("G", 1e9), Map.entry("T", 1e12),
            Map.entry("f", 1e-15));

    static {
        prefixable("m", Dimension.LENGTH, 1);
        prefixable("g", Dimension.MASS, 1e-3);
        prefixable("s", Dimension.TIME, 1);
        prefixable("A", Dimension.CURRENT, 1);
        prefixable("K", Dimension.TEMPERATURE, 1);
        prefixable("mol", Dimension.AMOUNT, 1);
        prefixable("L", Dimension.VOLUME, 1e-3);
        prefixable("l", Dimension.VOLUME, 1e-3);
        prefixable("Hz", Dimension.FREQUENCY, 1);
        prefixable("N", Dimension.MASS.times(Dimension.LENGTH).times(Dimension.TIME.pow(-2)), 1);
        prefixable("Pa", Dimension.PRESSURE, 1);
        prefixable("J", Dimension.ENERGY, 1);
        prefixable("W", Dimension.POWER, 1);
        prefixable("C", Dimension.CHARGE, 1);
        prefixable("V", Dimension.VOLTAGE, 1);
        prefixable("F", Dimension.CAPACITANCE, 1);
        prefixable("S", Dimension.CONDUCTANCE, 1);
        prefixable("Ohm", Dimension.RESISTANCE, 1);
        prefixable("ohm", Dimension.RESISTANCE, 1);
        prefixable("Ω", Dimension.RESISTANCE, 1);
        prefixable("eV", Dimension.ENERGY, ELEMENTARY_CHARGE);
        prefixable("Ah", Dimension.CHARGE, 3600);
        prefixable("Wh", Dimension.ENERGY, 3600);
        plain("min", Dimension.TIME, 60);
        plain("h", Dimension.TIME, 3600);
        plain("day", Dimension.TIME, 86400);
        // the words protocols are written in elsewhere (PyBaMM's "for 1 hour", "for 10 minutes")
        for (String word : new String[] {"second", "seconds", "sec", "secs"}) {
            plain(word, Dimension.TIME, 1);
        }
        for (String word : new String[] {"minute", "minutes", "mins"}) {
            plain(word, Dimension.TIME, 60);
        }
        for (String word : new String[] {"hour", "hours", "hr", "hrs"}) {
            plain(word, Dimension.TIME, 3600);
        }
        plain("days", Dimension.TIME, 86400);
        plain("%", Dimension.NONE, 0.01);
        plain("wt%", Dimension.NONE, 0.01);
        plain("vol%", Dimension.NONE, 0.01);
        plain("ppm", Dimension.NONE, 1e-6);
        plain("Å", Dimension.LENGTH, 1e-10);
        plain("bar", Dimension.PRESSURE, 1e5);
    }

    private Units() {
    }

    private static void prefixable(String symbol, Dimension dimension, double factor) {
        PREFIXABLE.put(symbol, new Unit(symbol, dimension, factor));
    }

    private static void plain(String symbol, Dimension dimension, double factor) {
        PLAIN.put(symbol, new Unit(symbol, dimension, factor));
    }

    /**
     * Parses a number followed by an optional unit.
     *
     * @throws UnitException if the text is not a finite number with a known unit
     */
    public static Quantity parse(String text) {
        if (text == null || text.isBlank()) {
            throw new UnitException("expected a number with a unit, got nothing");
        }
        if (text.length() > MAX_LENGTH) {
            throw new UnitException("a quantity is at most " + MAX_LENGTH + " characters, got " + text.length());
        }
        String s = text.strip();
        int end = numberLength(s);
        if (end < 0) {
            throw new UnitException("'" + s + "' is not a number with a unit (for example '5 mA/cm2')");
        }
        double value = Double.parseDouble(s.substring(0, end));
        if (!Double.isFinite(value)) {
            throw new UnitException("'" + s + "' is not a finite number");
        }
        Unit unit = unit(s.substring(end));
        return new Quantity(unit.toSi(value), unit.dimension(), unit);
    }

    /**
     * The length of the number at the start of {@code s}: an optional sign, digits with an optional decimal
     * point (at least one digit), an optional exponent; -1 when there is none. One pass, whatever the length.
     * The one number grammar of Interphase's text inputs.
     */
    public static int numberLength(CharSequence s) {
        int i = 0;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        for (; i < s.length() && isDigit(s.charAt(i)); i++) {
            digits++;
        }
        if (i < s.length() && s.charAt(i) == '.') {
            for (i++; i < s.length() && isDigit(s.charAt(i)); i++) {
                digits++;
            }
        }
        if (digits == 0) {
            return -1;
        }
        // an exponent only when digits follow: "5eV" is five electronvolts
        if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < s.length() && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                j++;
            }
            if (j < s.length() && isDigit(s.charAt(j))) {
                for (i = j; i < s.length() && isDigit(s.charAt(i)); i++) {
                    // the exponent's digits
                }
            }
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Parses text as a quantity of the given dimension and returns its SI value.
     *
     * @throws UnitException if the text has no unit, a unit of another dimension, or no number
     */
    public static double parse(String text, Dimension expected) {
        Quantity q = parse(text);
        if (!q.dimension().equals(expected)) {
            if (q.unit().symbol().isEmpty()) {
                throw new UnitException("'" + text.strip() + "' has no unit; expected a " + expected.describe()
                        + " such as " + example(expected));
            }
            throw new UnitException("'" + text.strip() + "' is a " + q.dimension().describe() + "; expected a "
                    + expected.describe() + " such as " + example(expected));
        }
        return q.si();
    }

    /** The unit written as {@code symbol} (empty for a plain number). */
    public static Unit unit(String symbol) {
        String s = symbol.strip();
        if (s.isEmpty()) {
            return new Unit("", Dimension.NONE, 1);
        }
        if (s.equals("degC") || s.equals("°C") || s.equals("C°")) {
            return new Unit(s, Dimension.TEMPERATURE, 1, ZERO_CELSIUS);
        }
        Unit plain = PLAIN.get(s);
        if (plain != null) {
            return plain;
        }
        return compound(s);
    }

    private static Unit compound(String symbol) {
        Dimension dimension = Dimension.NONE;
        double factor = 1;
        String normalized = symbol.replace("(", " ").replace(")", " ").replace("·", " ").replace("*", " ")
                .replaceAll("(?<=[A-Za-zµμΩ%])\\.(?=[A-Za-zµμΩ])", " ").replace("/", " / ");
        boolean divide = false;
        boolean any = false;
        for (String token : normalized.trim().split("\\s+")) {
            if (token.equals("/")) {
                if (divide || !any) {
                    throw new UnitException("unit '" + symbol + "': misplaced '/'");
                }
                divide = true;
                continue;
            }
            Unit term = token.equals("1") ? new Unit("1", Dimension.NONE, 1) : term(token, symbol);
            double sign = divide ? -1 : 1;
            dimension = dimension.times(term.dimension().pow(sign));
            factor *= Math.pow(term.factor(), sign);
            divide = false;
            any = true;
        }
        if (divide) {
            throw new UnitException("unit '" + symbol + "': nothing after '/'");
        }
        return new Unit(symbol, dimension, factor);
    }

    /** A symbol with an optional exponent: {@code cm2}, {@code m^-1}, {@code s-1}, {@code m^0.5}. */
    private static Unit term(String token, String whole) {
        int i = token.length();
        while (i > 0 && (isDigit(token.charAt(i - 1)) || token.charAt(i - 1) == '.')) {
            i--;
        }
        if (i < token.length() && i > 0 && (token.charAt(i - 1) == '-' || token.charAt(i - 1) == '+')) {
            i--;
        }
        String exponent = token.substring(i);
        if (i > 0 && token.charAt(i - 1) == '^' && !exponent.isEmpty()) {
            i--; // a caret before an exponent; one with none stays in the base, which refuses it
        }
        String base = token.substring(0, i);
        boolean plainBase = !base.isEmpty()
                && base.chars().noneMatch(c -> isDigit((char) c) || c == '^' || c == '+' || c == '-');
        if (!plainBase || !EXPONENT.matcher(exponent).matches()) {
            throw new UnitException("unknown unit '" + token + "' in '" + whole + "'");
        }
        Unit unit = symbol(base, whole);
        double power = exponent.isEmpty() ? 1 : Double.parseDouble(exponent);
        return new Unit(token, unit.dimension().pow(power), Math.pow(unit.factor(), power));
    }

    private static Unit symbol(String s, String whole) {
        ambiguous(s, whole);
        Unit unit = PLAIN.get(s);
        if (unit == null) {
            unit = PREFIXABLE.get(s);
        }
        if (unit == null && s.length() > 1) {
            Double prefix = PREFIXES.get(s.substring(0, 1));
            Unit rest = PREFIXABLE.get(s.substring(1));
            if (prefix != null && rest != null) {
                unit = new Unit(s, rest.dimension(), prefix * rest.factor());
            }
        }
        if (unit == null || (unit.dimension().equals(Dimension.NONE) && unit.factor() != 1 && !whole.equals(s))) {
            throw new UnitException("unknown unit '" + s + "' in '" + whole + "'");
        }
        return unit;
    }

    /** Refuses the symbols that researchers write for two different things. */
    private static void ambiguous(String s, String whole) {
        if (s.equals("M") || (s.length() == 2 && s.charAt(1) == 'M' && PREFIXES.containsKey(s.substring(0, 1)))) {
            throw new UnitException("'" + s + "' in '" + whole + "' is ambiguous: molar or the mega- prefix; "
                    + "write a concentration as 'mol/L' (or 'mmol/L'), and mega- with its unit ('MPa', 'MHz')");
        }
        if (s.equals("d")) {
            throw new UnitException("'d' in '" + whole + "' is ambiguous: day or the deci- prefix; write 'day' or '24 h'");
        }
    }

    /** An example of text that parses as the given dimension, for error messages. */
    public static String example(Dimension d) {
        Map<Dimension, String> examples = Map.ofEntries(
                Map.entry(Dimension.LENGTH, "'30 um'"), Map.entry(Dimension.AREA, "'0.785 cm2'"),
                Map.entry(Dimension.MASS, "'80 mg'"), Map.entry(Dimension.TEMPERATURE, "'25 degC' or '298.15 K'"),
                Map.entry(Dimension.TIME, "'1 h'"), Map.entry(Dimension.CURRENT_DENSITY, "'5 mA/cm2'"),
                Map.entry(Dimension.CONDUCTIVITY, "'1.8 mS/cm'"), Map.entry(Dimension.PRESSURE, "'375 MPa'"),
                Map.entry(Dimension.DENSITY, "'1.865 g/cm3'"), Map.entry(Dimension.NONE, "'20 wt%'"),
                Map.entry(Dimension.DIFFUSIVITY, "'1e-8 cm2/s'"), Map.entry(Dimension.VOLTAGE, "'4.2 V'"),
                Map.entry(Dimension.AREAL_CAPACITY, "'0.25 mAh/cm2'"), Map.entry(Dimension.ENERGY, "'0.36 eV'"),
                Map.entry(Dimension.SPECIFIC_CAPACITY, "'274 mAh/g'"), Map.entry(Dimension.AREAL_MASS, "'1.48 mg/cm2'"));
        return examples.getOrDefault(d, "a value in " + d.siSymbol());
    }

    /** A compact, locale-independent rendering of a number: at most 6 significant digits. */
    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.valueOf((long) value);
        }
        String s = String.format(Locale.ROOT, "%.6g", value);
        if (s.contains("e")) {
            return s.replaceAll("\\.?0+e", "e").replaceAll("e\\+0?", "e").replaceAll("e-0", "e-");
        }
        return s.contains(".") ? s.replaceAll("\\.?0+$", "") : s;
    }
}
