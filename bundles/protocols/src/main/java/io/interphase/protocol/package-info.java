/**
 * The protocol language: {@link io.interphase.protocol.ProtocolParser} offers each line researchers
 * type ("Charge at 1C until 4.2 V") to the installed {@link io.interphase.api.run.Protocol} services
 * and collects their steps; every mistake is reported with its line and column.
 */
@Export
@Version("0.1.0")
package io.interphase.protocol;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
