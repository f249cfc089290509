/**
 * Analyses of measured data that the REST API offers by name: {@link io.interphase.api.analysis.Analysis}.
 *
 * <p>Version 0.x: the contract is still being shaped by the first analyses and may change in a minor release.
 */
@Export
@Version("0.2.0")
package io.interphase.api.analysis;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
