package io.interphase.api.cell;

import java.util.Map;

/**
 * What a generated 3D random packing of a composite layer says about it, SI. The packing is a
 * representative box of the layer on a voxel grid: the constituent of the largest volume fraction is
 * the matrix, every other one random overlapping spheres of its particle size.
 *
 * @param volumeFractions material id to its share of the generated box (close to the composition's)
 * @param percolates material id to whether one of its clusters connects the layer's two faces
 * @param contactAreas "a|b" (ids in the order of the layer's constituents) to the contact area between the two
 *        phases per volume, 1/m
 * @param ionicConductivity through the layer from the voxels' resistor network, S/m
 * @param electronicConductivity the same for electrons, S/m
 * @param tortuosity material id to its tortuosity factor τ = φ σ / σ_eff with only it conducting (infinite
 *        when it does not percolate)
 * @param voxel voxel edge, m
 * @param box the box's width and height in voxels, {width, width, height}
 * @param seed the seed of the random placement
 */
public record LayerMicrostructure(Map<String, Double> volumeFractions, Map<String, Boolean> percolates,
        Map<String, Double> contactAreas, double ionicConductivity, double electronicConductivity,
        Map<String, Double> tortuosity, double voxel, int[] box, long seed) {

    public LayerMicrostructure {
        volumeFractions = Map.copyOf(volumeFractions);
        percolates = Map.copyOf(percolates);
        contactAreas = Map.copyOf(contactAreas);
        tortuosity = Map.copyOf(tortuosity);
        box = box.clone();
    }

    @Override
    public int[] box() {
        return box.clone();
    }
}
