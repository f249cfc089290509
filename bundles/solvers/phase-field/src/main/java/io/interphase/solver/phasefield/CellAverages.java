package io.interphase.solver.phasefield;

import io.interphase.api.material.Carrier;
import io.interphase.api.material.Material;
import io.interphase.api.material.PropertyKey;
import io.interphase.microstructure.Section;
import java.util.List;

/**
 * Fills a {@link Domain}'s per-cell host properties from its pixels: the Li rows (phase 0, whose host is empty —
 * the Li itself is the phase field), the interlayer's section (phases 1..k) and the electrolyte (the last phase).
 */
final class CellAverages {

    private final Domain d;
    private final Section section;
    /** Pixels per cell edge. */
    private final int k;
    private final double[] electronic;
    private final double[] ionic;
    private final boolean[] electronConductor;
    private final boolean[] ionConductor;

    CellAverages(Domain d, List<Material> host, Section section) {
        this.d = d;
        this.section = section;
        this.k = section == null ? 1 : (int) Math.round(d.h / section.voxel());
        int n = host.size();
        electronic = new double[n];
        ionic = new double[n];
        electronConductor = new boolean[n];
        ionConductor = new boolean[n];
        for (int p = 1; p < n; p++) {
            electronic[p] = Math.max(Domain.FLOOR, d.conductivity(host.get(p), PropertyKey.ELECTRONIC_CONDUCTIVITY));
            ionic[p] = Math.max(Domain.FLOOR, d.conductivity(host.get(p), PropertyKey.IONIC_CONDUCTIVITY));
            Carrier carrier = Carrier.of(d.conductivity(host.get(p), PropertyKey.IONIC_CONDUCTIVITY),
                    d.conductivity(host.get(p), PropertyKey.ELECTRONIC_CONDUCTIVITY));
            electronConductor[p] = carrier == Carrier.ELECTRONS;
            ionConductor[p] = carrier == Carrier.IONS;
        }
        // under the Li: nothing (the Li's own conduction is the phase field's)
        electronic[0] = Domain.FLOOR;
        ionic[0] = Domain.FLOOR;
    }

    /** The phase of pixel (x, y) of the whole domain, x periodic. */
    private int pixel(int x, int y) {
        int row = y / k;
        if (row < d.liRows) {
            return 0;
        }
        if (row >= d.electrolyteRow) {
            return d.phases.size() - 1;
        }
        return 1 + section.at(Math.floorMod(x, d.nx * k), y - d.liRows * k);
    }

    void fill() {
        int pixelsPerCell = k * k;
        double[] faces = new double[d.cells()];
        int[] count = new int[d.phases.size()];
        for (int j = 0; j < d.ny; j++) {
            for (int i = 0; i < d.nx; i++) {
                int cell = j * d.nx + i;
                java.util.Arrays.fill(count, 0);
                double logE = 0;
                double logI = 0;
                int ions = 0;
                for (int y = j * k; y < (j + 1) * k; y++) {
                    for (int x = i * k; x < (i + 1) * k; x++) {
                        int p = pixel(x, y);
                        count[p]++;
                        logE += Math.log(electronic[p]);
                        logI += Math.log(ionic[p]);
                        ions += ionConductor[p] ? 1 : 0;
                        contact(faces, p, x, y, x + 1, y);
                        if (y + 1 < d.ny * k) {
                            contact(faces, p, x, y, x, y + 1);
                        }
                    }
                }
                d.hostElectronic[cell] = Math.exp(logE / pixelsPerCell);
                d.hostIonic[cell] = Math.exp(logI / pixelsPerCell);
                d.ionHost[cell] = (double) ions / pixelsPerCell;
                int dominant = 0;
                for (int p = 1; p < count.length; p++) {
                    dominant = count[p] > count[dominant] ? p : dominant;
                }
                d.phase[cell] = (byte) dominant;
            }
        }
        double pixel = d.h / k;
        for (int c = 0; c < d.cells(); c++) {
            d.contacts[c] = faces[c] * pixel / (d.h * d.h);
        }
    }

    /**
     * Counts the face between pixel (x, y) of phase a and its neighbour (x2, y2) if it joins an electron and an ion
     * conductor of the host (Li metal's faces are the phase field's), in the cell of the electron conductor's pixel:
     * Li plates on the surface that brings the electrons.
     */
    private void contact(double[] faces, int a, int x, int y, int x2, int y2) {
        int b = pixel(x2, y2);
        if (a == 0 || b == 0) {
            return;
        }
        if (electronConductor[a] && ionConductor[b]) {
            faces[cellOf(x, y)]++;
        } else if (ionConductor[a] && electronConductor[b]) {
            faces[cellOf(x2, y2)]++;
        }
    }

    private int cellOf(int x, int y) {
        return y / k * d.nx + Math.floorMod(x, d.nx * k) / k;
    }
}
