package io.interphase.run.internal;

import io.interphase.api.InputFiles;
import io.interphase.api.material.Material;
import io.interphase.api.run.RunService;
import io.interphase.api.run.RunStatus;
import io.interphase.json.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The Gogo shell's {@code interphase:} commands, on the same run service as the REST API: {@code materials},
 * {@code run FILE}, {@code runs} and {@code cancel ID}. Gogo finds the public methods by name; each returns the
 * text it prints.
 *
 * <p>Lifecycle: none; stateless.
 */
@Component(service = ShellCommands.class, property = {"osgi.command.scope=interphase", "osgi.command.function=materials",
    "osgi.command.function=run", "osgi.command.function=runs", "osgi.command.function=cancel"})
public final class ShellCommands {

    @Reference
    private RunService service;
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private volatile List<Material> materials;

    /** The installed materials: id, role, name. */
    public String materials() {
        return materials.stream().sorted(Comparator.comparing(Material::id))
                .map(m -> String.format(Locale.ROOT, "%-14s %-22s %s", m.id(), m.role().name().toLowerCase(Locale.ROOT), m.name()))
                .collect(Collectors.joining("\n"));
    }

    /** Queues the recipe in the file; prints its id, or the recipe's errors. */
    public String run(String file) {
        try {
            RunStatus s = service.submit(Json.readObject(InputFiles.read(Path.of(file)), file));
            return "queued " + s.id() + " (" + s.name() + "); follow it with interphase:runs";
        } catch (IOException e) {
            return "cannot read " + file + ": " + e.getMessage();
        } catch (IllegalArgumentException | RunService.Busy e) {
            return "not queued: " + e.getMessage();
        }
    }

    /** The runs, newest first: id, state, progress, name. */
    public String runs() {
        return service.list().stream().limit(50)
                .map(s -> String.format(Locale.ROOT, "%-22s %-11s %4.0f%%  %s%s", s.id(), s.state().name().toLowerCase(Locale.ROOT),
                        100 * s.progress(), s.name(), s.error() == null ? "" : "  (" + s.error() + ")"))
                .collect(Collectors.joining("\n"));
    }

    /** Asks a run to stop. */
    public String cancel(String id) {
        return service.cancel(id) ? "cancelling " + id : "no queued or running run " + id;
    }
}
