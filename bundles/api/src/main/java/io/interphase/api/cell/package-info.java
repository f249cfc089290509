/**
 * Cells as stacks of layers, and the effective properties of each layer. SI throughout.
 */
@Export
@Version("1.2.0")
package io.interphase.api.cell;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
