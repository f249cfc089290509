package io.interphase.solver.phasefield;

import io.interphase.api.InvalidInputException;
import io.interphase.api.cell.CellProperties;
import io.interphase.api.cell.Constituent;
import io.interphase.api.cell.Layer;
import io.interphase.api.cell.LayerProperties;
import io.interphase.api.material.Material;
import io.interphase.api.material.MaterialCatalog;
import io.interphase.api.material.MaterialRole;
import io.interphase.api.material.PropertyKey;
import io.interphase.api.units.Units;
import io.interphase.microstructure.Packing;
import io.interphase.microstructure.ParticlePhase;
import io.interphase.microstructure.Section;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 2D domain of a phase-field run: rows of Li metal, the interlayer as a section of its random packing, and
 * electrolyte, on a grid of square cells (x across, periodic; y from the Li current collector up). The section is
 * generated on pixels finer than the grid where the particles are smaller than a few cells (nano LLZTO) and
 * averaged onto each cell: its conductivities as the geometric mean of its pixels' (exact for a 2D isotropic
 * two-phase medium at equal shares, Dykhne 1971, and between the Wiener bounds otherwise), its electron | ion
 * conductor contact area per volume from the pixel faces between them (the staircase's 4/π excess and the
 * section's π/4 stereology, S_V = (4/π) L_A, cancel).
 */
final class Domain {

    /** Li metal's conductivity is capped here, S/m: the drop across 5 µm of it at 5 mA/cm² stays below a nanovolt. */
    static final double LI_CONDUCTIVITY_CAP = 1e5;
    /** A floor for every conductivity, S/m, so that no cell is cut off; far below any material's. */
    static final double FLOOR = 1e-8;
    /** Pixels across the smallest particle in the section. */
    static final int PIXELS_PER_DIAMETER = 4;
    static final int MAX_PIXELS_PER_CELL = 8;

    final int nx;
    final int ny;
    final double h;
    /** Rows of Li metal at the start, and the first electrolyte row. */
    final int liRows;
    final int electrolyteRow;
    final double temperature;
    /** Per cell: the host's electronic and ionic conductivity, S/m; electron | ion contact area per volume, 1/m. */
    final double[] hostElectronic;
    final double[] hostIonic;
    final double[] contacts;
    /** Per cell: the share of pixels that conduct ions (the Li⁺ concentration's host), and the dominant phase. */
    final double[] ionHost;
    final byte[] phase;
    final List<String> phases;
    /** Li metal: conductivity (capped), exchange current density A/m², self-diffusivity m²/s. */
    final double liConductivity;
    final double liExchangeCurrent;
    final double liDiffusivity;
    final double contactExchangeCurrent;
    /** Parameters used, for the run's provenance. */
    final Map<String, String> parameters = new LinkedHashMap<>();

    private Domain(int nx, int ny, double h, int liRows, int electrolyteRow, double temperature, List<String> phases,
            double[] li) {
        this.nx = nx;
        this.ny = ny;
        this.h = h;
        this.liRows = liRows;
        this.electrolyteRow = electrolyteRow;
        this.temperature = temperature;
        this.phases = List.copyOf(phases);
        int n = nx * ny;
        hostElectronic = new double[n];
        hostIonic = new double[n];
        contacts = new double[n];
        ionHost = new double[n];
        phase = new byte[n];
        liConductivity = li[0];
        liExchangeCurrent = li[1];
        liDiffusivity = li[2];
        contactExchangeCurrent = li[3];
    }

    /**
     * A domain of uniform host properties with no Li metal and no phase names: what the solvers' known-answer
     * tests take.
     */
    static Domain uniform(int nx, int ny, double h, double temperature, double electronic, double ionic,
            double contactArea, double contactExchange) {
        Domain d = new Domain(nx, ny, h, 0, ny, temperature, List.of("host"),
                new double[] {LI_CONDUCTIVITY_CAP, 0, 0, contactExchange});
        java.util.Arrays.fill(d.hostElectronic, electronic);
        java.util.Arrays.fill(d.hostIonic, ionic);
        java.util.Arrays.fill(d.contacts, contactArea);
        java.util.Arrays.fill(d.ionHost, 1);
        return d;
    }

    int cells() {
        return nx * ny;
    }

    /** Height of the interlayer, m (0 for a bare Li | electrolyte cell). */
    double layerThickness() {
        return (electrolyteRow - liRows) * h;
    }

    /**
     * The domain of the cell's first three layers — Li metal, an interlayer (optional), the electrolyte — as the
     * options size it.
     *
     * @throws InvalidInputException naming the layer that does not fit the model, or the option that does not fit
     */
    static Domain of(CellProperties cell, MaterialCatalog materials, PhaseFieldOptions o) {
        List<LayerProperties> layers = cell.layers();
        Material li = single(layers, 0, materials, MaterialRole.ANODE, "Li metal");
        boolean interlayer = layers.size() > 1 && !isElectrolyte(layers.get(1), materials);
        int e = interlayer ? 2 : 1;
        if (layers.size() <= e) {
            throw new InvalidInputException("layers", "the phase-field solver needs Li metal, an interlayer (optional) "
                    + "and a solid electrolyte, in this order; the cell has " + layers.size() + " layers");
        }
        Material electrolyte = single(layers, e, materials, MaterialRole.SOLID_ELECTROLYTE, "a solid electrolyte");
        double t = cell.cell().temperature();
        double thickness = interlayer ? layers.get(1).thickness() : 0;
        double h = o.grid();
        int nx = (int) Math.round(o.width() / h);
        int liRows = (int) Math.round(o.lithium() / h);
        int layerRows = (int) Math.round(thickness / h);
        if (interlayer && layerRows < 4) {
            throw new InvalidInputException("options.grid", "the interlayer (" + PhaseFieldOptions.um(thickness)
                    + " um) is less than 4 cells of " + PhaseFieldOptions.um(h) + " um");
        }
        int ny = liRows + layerRows + (int) Math.round(o.electrolyte() / h);
        Budget.check(nx, ny);
        double contact = Double.isNaN(o.contactExchangeCurrent()) ? value(li, PropertyKey.EXCHANGE_CURRENT_DENSITY, t)
                : o.contactExchangeCurrent();
        double[] liValues = {Math.min(LI_CONDUCTIVITY_CAP, value(li, PropertyKey.ELECTRONIC_CONDUCTIVITY, t)),
            value(li, PropertyKey.EXCHANGE_CURRENT_DENSITY, t), value(li, PropertyKey.LI_DIFFUSIVITY, t), contact};
        List<Material> host = new ArrayList<>(List.of(li));
        List<String> names = new ArrayList<>(List.of(li.id()));
        Section section = null;
        if (interlayer) {
            section = section(layers.get(1), materials, o, thickness, t, host, names);
        }
        host.add(electrolyte);
        names.add(electrolyte.id());
        Domain d = new Domain(nx, ny, h, liRows, liRows + layerRows, t, names, liValues);
        new CellAverages(d, host, section).fill();
        d.record(li, electrolyte, host, o);
        return d;
    }

    /** The interlayer's section on pixels fine enough for its smallest particles; adds its phases to the lists. */
    private static Section section(LayerProperties layer, MaterialCatalog materials, PhaseFieldOptions o, double thickness,
            double t, List<Material> host, List<String> names) {
        Layer l = layer.layer();
        String matrix = null;
        double largest = -1;
        for (Constituent c : l.constituents()) {
            double phi = layer.volumeFractions().getOrDefault(c.material(), 0.0);
            if (phi > largest) {
                largest = phi;
                matrix = c.material();
            }
        }
        host.add(material(materials, matrix, "layers[1]"));
        names.add(matrix);
        List<ParticlePhase> particles = new ArrayList<>();
        double smallest = Double.POSITIVE_INFINITY;
        for (Constituent c : l.constituents()) {
            if (c.material().equals(matrix)) {
                continue;
            }
            Material m = material(materials, c.material(), "layers[1]");
            double d = c.particleSize().orElse(m.property(PropertyKey.PARTICLE_SIZE).map(p -> p.at(t)).orElse(Double.NaN));
            if (!(d > 0)) {
                throw new InvalidInputException("layers[1]", c.material() + " needs a particle size for the section of "
                        + "the layer (\"particleSize\" in the composite, or the material's own)");
            }
            smallest = Math.min(smallest, d);
            particles.add(new ParticlePhase(c.material(), layer.volumeFractions().get(c.material()), d, 0));
            host.add(m);
            names.add(c.material());
        }
        int k = particles.isEmpty() ? 1
                : (int) Math.max(1, Math.min(MAX_PIXELS_PER_CELL, Math.ceil(o.grid() * PIXELS_PER_DIAMETER / smallest)));
        try {
            return Packing.section(matrix, particles, Math.round(o.width() / o.grid()) * o.grid(),
                    Math.round(thickness / o.grid()) * o.grid(), o.grid() / k, o.seed());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("layers[1]", e.getMessage());
        }
    }

    private void record(Material li, Material electrolyte, List<Material> host, PhaseFieldOptions o) {
        parameters.put("temperature", Units.format(temperature - Units.ZERO_CELSIUS) + " degC");
        parameters.put("grid", nx + " x " + ny + " cells of " + PhaseFieldOptions.um(h) + " um");
        parameters.put(li.id() + ".exchangeCurrentDensity", Units.format(liExchangeCurrent / 10) + " mA/cm2 at the run's temperature");
        parameters.put("contactExchangeCurrent", Units.format(contactExchangeCurrent / 10) + " mA/cm2"
                + (Double.isNaN(o.contactExchangeCurrent()) ? " (assumed: the Li metal's, the same Li+/Li couple)" : " (option)"));
        parameters.put(li.id() + ".liDiffusivity", Units.format(liDiffusivity) + " m2/s (Cahn-Hilliard mobility M = D / W)");
        parameters.put("interfaceThickness", PhaseFieldOptions.um(o.interfaceThickness()) + " um (Chen et al. 2015)");
        parameters.put("interfaceEnergy", Units.format(o.interfaceEnergy()) + " J/m2 (Chen et al. 2015)");
        for (Material m : host) {
            parameters.put(m.id() + ".conductivity", "electronic " + Units.format(conductivity(m, PropertyKey.ELECTRONIC_CONDUCTIVITY))
                    + " S/m, ionic " + Units.format(conductivity(m, PropertyKey.IONIC_CONDUCTIVITY)) + " S/m");
        }
    }

    /** A material's conductivity at the domain's temperature, 0 if it has none; S/m. */
    double conductivity(Material m, PropertyKey key) {
        return m.property(key).map(p -> p.at(temperature)).orElse(0.0);
    }

    private static boolean isElectrolyte(LayerProperties layer, MaterialCatalog materials) {
        List<Constituent> c = layer.layer().constituents();
        return c.size() == 1 && materials.find(c.get(0).material()).map(m -> m.role() == MaterialRole.SOLID_ELECTROLYTE)
                .orElse(false);
    }

    private static Material single(List<LayerProperties> layers, int index, MaterialCatalog materials, MaterialRole role,
            String what) {
        String field = "layers[" + index + "]";
        if (layers.size() <= index) {
            throw new InvalidInputException("layers", "the phase-field solver needs " + what + " as layer " + index);
        }
        List<Constituent> c = layers.get(index).layer().constituents();
        Material m = c.size() == 1 ? material(materials, c.get(0).material(), field) : null;
        if (m == null || m.role() != role) {
            throw new InvalidInputException(field, "the phase-field solver needs " + what + " here (Li metal | interlayer "
                    + "| electrolyte, the plated electrode first)");
        }
        return m;
    }

    private static Material material(MaterialCatalog materials, String id, String field) {
        return materials.find(id).orElseThrow(() -> new InvalidInputException(field, "unknown material " + id));
    }

    private static double value(Material m, PropertyKey key, double t) {
        return m.property(key).map(p -> p.at(t)).orElseThrow(() -> new InvalidInputException("layers",
                m.id() + " has no " + key.name() + ", which the phase-field solver needs"));
    }
}
