/**
 * The protocol language: {@link io.interphase.protocol.ProtocolParser} offers each line researchers
 * type to the installed {@link io.interphase.api.run.Protocol} services and collects their steps,
 * with errors that name the line and column.
 */
@Export
@Version("0.1.0")
package io.interphase.protocol;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
