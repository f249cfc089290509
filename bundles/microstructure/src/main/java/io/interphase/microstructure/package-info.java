/**
 * The microstructure of a composite layer, generated once for every model that needs it: a random
 * packing of the layer's particle phases in a matrix on a voxel grid ({@link io.interphase.microstructure.Packing}),
 * and what follows from it — each phase's volume fraction and percolation
 * ({@link io.interphase.microstructure.Connectivity}), the contact area per volume of each pair of phases
 * ({@link io.interphase.microstructure.ContactAreas}), and effective conductivities and tortuosities from
 * the resistor network of the voxels ({@link io.interphase.microstructure.ResistorNetwork}). A 2D section
 * of the same packing feeds the phase-field solver.
 */
@Export
@Version("0.1.0")
package io.interphase.microstructure;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
