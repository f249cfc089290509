/**
 * Interphase's shared contracts that every other package uses: the error that names each bad
 * input field.
 */
@Export
@Version("1.1.0")
package io.interphase.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
