/**
 * The contract between the launcher (outside the framework) and bundles: {@link io.interphase.launch.Command}.
 * The framework exports this package from its class path ({@code org.osgi.framework.system.packages.extra}).
 */
@Version("1.0.0")
package io.interphase.launch;

import org.osgi.annotation.versioning.Version;
