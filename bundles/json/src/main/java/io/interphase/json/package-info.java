/**
 * The workbench's one JSON configuration ({@link io.interphase.json.Json}): every bundle that reads a recipe or
 * a request, or writes a report, goes through it, so that JSON looks and fails the same everywhere.
 */
@Export
@Version("1.0.0")
package io.interphase.json;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
