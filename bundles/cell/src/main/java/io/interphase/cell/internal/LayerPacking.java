package io.interphase.cell.internal;

import io.interphase.api.FieldError;
import io.interphase.api.InvalidInputException;
import io.interphase.api.cell.Cell;
import io.interphase.api.cell.LayerMicrostructure;
import io.interphase.api.material.MaterialCatalog;
import io.interphase.microstructure.Connectivity;
import io.interphase.microstructure.ContactAreas;
import io.interphase.microstructure.Microstructure;
import io.interphase.microstructure.Packing;
import io.interphase.microstructure.PackingSpec;
import io.interphase.microstructure.ParticlePhase;
import io.interphase.microstructure.ResistorNetwork;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A layer's {@link LayerMicrostructure}: its composition packed at random in a representative box, the
 * constituent of the largest volume fraction as the matrix and each other one as overlapping spheres of its
 * particle size (no size spread: none of the materials gives one). The box is {@link #BOX} largest particle
 * diameters wide and as high, or the layer's thickness if that is less, on voxels of a sixth of the smallest
 * diameter, coarsened if the box would exceed {@link #MAX_EDGE} voxels a side.
 */
final class LayerPacking {

    static final double BOX = 8;
    static final int VOXELS_PER_DIAMETER = 6;
    static final int MAX_EDGE = 80;
    /** Packings computed, by everything they depend on: a symmetric cell's two layers are packed once. */
    private static final Map<List<Object>, LayerMicrostructure> CACHE = new ConcurrentHashMap<>();
    private static final int CACHE_SIZE = 64;

    private LayerPacking() {
    }

    static Optional<LayerMicrostructure> of(Cell cell, int index, MaterialCatalog catalog, long seed) {
        if (index < 0 || index >= cell.layers().size()) {
            throw new InvalidInputException(List.of(new FieldError("layer", "no layer " + index + "; the cell has "
                    + cell.layers().size() + " (0.." + (cell.layers().size() - 1) + ")")));
        }
        String field = "layers[" + index + "]";
        LayerEvaluator.Phases p = LayerEvaluator.phases(cell.layers().get(index), catalog, cell.temperature(), field);
        int n = p.phi().length;
        if (n < 2) {
            return Optional.empty();
        }
        int matrix = 0;
        for (int i = 1; i < n; i++) {
            matrix = p.phi()[i] > p.phi()[matrix] ? i : matrix;
        }
        double thickness = LayerEvaluator.evaluate(cell, index, catalog).thickness();
        List<Integer> order = new ArrayList<>(List.of(matrix));
        double smallest = Double.POSITIVE_INFINITY;
        double largest = 0;
        for (int i = 0; i < n; i++) {
            if (i != matrix) {
                if (!(p.particleSize()[i] > 0)) {
                    return Optional.empty();
                }
                order.add(i);
                smallest = Math.min(smallest, p.particleSize()[i]);
                largest = Math.max(largest, p.particleSize()[i]);
            }
        }
        if (largest > thickness) {
            throw new InvalidInputException(List.of(new FieldError(field, "particles of " + largest * 1e6
                    + " um do not fit a layer " + thickness * 1e6 + " um thick")));
        }
        List<Object> key = List.of(List.of(p.phi()), List.of(p.particleSize()), List.of(p.ionic()), List.of(p.electronic()),
                order, thickness, seed, p.constituents());
        LayerMicrostructure cached = CACHE.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        double width = BOX * largest;
        double height = Math.min(thickness, BOX * largest);
        double voxel = Math.max(smallest / VOXELS_PER_DIAMETER, Math.max(width, height) / MAX_EDGE);
        List<ParticlePhase> particles = new ArrayList<>();
        for (int k = 1; k < order.size(); k++) {
            int i = order.get(k);
            particles.add(new ParticlePhase(id(p, i), p.phi()[i], p.particleSize()[i], 0));
        }
        Microstructure m = Packing.generate(new PackingSpec(id(p, matrix), particles, width, height, voxel, seed));
        LayerMicrostructure result = analyse(m, p, order, seed);
        if (CACHE.size() >= CACHE_SIZE) {
            CACHE.clear();
        }
        CACHE.put(key, result);
        return Optional.of(result);
    }

    private static LayerMicrostructure analyse(Microstructure m, LayerEvaluator.Phases p, List<Integer> order, long seed) {
        int n = order.size();
        double[] ionic = new double[n];
        double[] electronic = new double[n];
        Map<String, Double> fractions = new LinkedHashMap<>();
        Map<String, Boolean> percolates = new LinkedHashMap<>();
        Map<String, Double> tortuosity = new LinkedHashMap<>();
        for (int k = 0; k < n; k++) {
            String id = id(p, order.get(k));
            ionic[k] = p.ionic()[order.get(k)];
            electronic[k] = p.electronic()[order.get(k)];
            fractions.put(id, m.volumeFraction(k));
            percolates.put(id, Connectivity.of(m, k).spans());
            tortuosity.put(id, ResistorNetwork.tortuosity(m, k));
        }
        Map<String, Double> contacts = new LinkedHashMap<>();
        for (int a = 0; a < p.phi().length; a++) {
            for (int b = a + 1; b < p.phi().length; b++) {
                contacts.put(id(p, a) + "|" + id(p, b), ContactAreas.perVolume(m, order.indexOf(a), order.indexOf(b)));
            }
        }
        return new LayerMicrostructure(fractions, percolates, contacts, ResistorNetwork.conductivity(m, ionic).conductivity(),
                ResistorNetwork.conductivity(m, electronic).conductivity(), tortuosity, m.voxel(),
                new int[] {m.nx(), m.nx(), m.nz()}, seed);
    }

    private static String id(LayerEvaluator.Phases p, int i) {
        return p.constituents().get(i).material();
    }
}
