package io.interphase.microstructure;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates a {@link Microstructure}: each particle phase in turn as overlapping spheres placed uniformly
 * at random (a Boolean model), claiming only the voxels still free; the matrix keeps the rest.
 *
 * <p>Why this model: it has exact results to check against — a phase of sphere number density n and
 * mean sphere volume v̄ fills 1 − exp(−n v̄) of the space it may claim, its free surface per volume is
 * (1 − φ) n s̄, and monodisperse overlapping spheres percolate at φ_c ≈ 0.2895 (Rintoul &amp; Torquato,
 * J. Phys. A 30 (1997) L585) — and overlapping particles stand for sintered or pressed contacts, which
 * touching hard spheres on a grid would not connect. A phase's number density is chosen so that its
 * expected share of the whole box is its volume fraction. Sphere centres are drawn in the box widened by
 * the largest radius through the height, so the density is the same at the faces as inside.
 */
public final class Packing {

    private Packing() {
    }

    /** The packing of the spec; the same spec and seed give the same grid. */
    public static Microstructure generate(PackingSpec spec) {
        int nx = spec.nx();
        int nz = spec.nz();
        double h = spec.voxel();
        byte[] grid = new byte[nx * nx * nz];
        List<String> names = new ArrayList<>(List.of(spec.matrix()));
        SplittableRandom random = new SplittableRandom(spec.seed());
        double free = 1;
        for (int k = 0; k < spec.particles().size(); k++) {
            ParticlePhase p = spec.particles().get(k);
            if (p.diameter() > spec.height()) {
                throw new IllegalArgumentException("particles[" + k + "]: '" + p.name() + "' particles of " + p.diameter()
                        + " m are larger than the layer's " + spec.height() + " m");
            }
            names.add(p.name());
            double rMax = 0.5 * p.diameter() * Math.exp(3 * p.spread());
            double height = nz * h + 2 * rMax;
            double boxVolume = nx * h * nx * h * height;
            // n v̄ = −ln(1 − φ / free): the share of the free space this phase must claim
            double claim = p.volumeFraction() / free;
            if (!(claim < 1)) {
                throw new IllegalArgumentException("particles[" + k + "]: no room left for '" + p.name() + "'");
            }
            double meanVolume = Math.PI / 6 * Math.pow(p.diameter(), 3) * Math.exp(4.5 * p.spread() * p.spread());
            long count = Math.round(-Math.log(1 - claim) / meanVolume * boxVolume);
            for (long i = 0; i < count; i++) {
                double d = p.diameter() * Math.exp(p.spread() * random.nextGaussian());
                double r = Math.min(0.5 * d, rMax);
                place(grid, nx, nz, h, (byte) (k + 1), random.nextDouble() * nx * h, random.nextDouble() * nx * h,
                        random.nextDouble() * height - rMax, r);
            }
            free -= p.volumeFraction();
        }
        return new Microstructure(names, nx, nz, h, grid);
    }

    /** Claims the free voxels whose centres lie in the sphere; periodic in x and y, cut at the faces in z. */
    private static void place(byte[] grid, int nx, int nz, double h, byte phase, double cx, double cy, double cz, double r) {
        int z0 = Math.max(0, (int) Math.floor((cz - r) / h));
        int z1 = Math.min(nz - 1, (int) Math.ceil((cz + r) / h));
        int span = (int) Math.ceil(r / h) + 1;
        int ix = (int) Math.floor(cx / h);
        int iy = (int) Math.floor(cy / h);
        double r2 = r * r;
        for (int z = z0; z <= z1; z++) {
            double dz = (z + 0.5) * h - cz;
            for (int j = iy - span; j <= iy + span; j++) {
                double dy = (j + 0.5) * h - cy;
                for (int i = ix - span; i <= ix + span; i++) {
                    double dx = (i + 0.5) * h - cx;
                    if (dx * dx + dy * dy + dz * dz <= r2) {
                        int index = (z * nx + Math.floorMod(j, nx)) * nx + Math.floorMod(i, nx);
                        if (grid[index] == 0) {
                            grid[index] = phase;
                        }
                    }
                }
            }
        }
    }
}
