package io.interphase.microstructure;

/**
 * The contact area per volume between two phases, from the voxel faces they share. A voxel surface
 * overstates a smooth isotropic surface by 3/2 on average (each of its unit normals is counted by
 * |n_x| + |n_y| + |n_z|, whose mean over directions is 3/2), so the face count is scaled by 2/3: a
 * sphere of eight or more voxels across comes within a few per cent of 4πr².
 */
public final class ContactAreas {

    /** The mean of |n_x| + |n_y| + |n_z| over isotropic directions. */
    static final double STAIRCASE = 1.5;

    private ContactAreas() {
    }

    /** m²/m³ of contact between phases a and b (a ≠ b) in the box. */
    public static double perVolume(Microstructure m, int a, int b) {
        if (a == b) {
            throw new IllegalArgumentException("a contact is between two different phases, got " + a + " twice");
        }
        int nx = m.nx();
        long faces = 0;
        for (int z = 0; z < m.nz(); z++) {
            for (int y = 0; y < nx; y++) {
                for (int x = 0; x < nx; x++) {
                    int p = m.at(x, y, z);
                    if (p != a && p != b) {
                        continue;
                    }
                    int other = p == a ? b : a;
                    // each face once: the neighbours at +x, +y (wrapping) and +z (not past the top face)
                    faces += (m.at((x + 1) % nx, y, z) == other ? 1 : 0) + (m.at(x, (y + 1) % nx, z) == other ? 1 : 0)
                            + (z + 1 < m.nz() && m.at(x, y, z + 1) == other ? 1 : 0);
                }
            }
        }
        double h = m.voxel();
        return faces * h * h / STAIRCASE / (m.voxels() * h * h * h);
    }
}
