package io.interphase.console.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

/**
 * Whether the workbench is ready: every bundle of its own active (fragments aside) and every enabled Declarative
 * Services component of them satisfied, with what it still waits for when not. A bundle dropped into the deploy
 * folder is a researcher's: one that does not start, or whose components are not satisfied, is listed among the
 * problems and leaves the workbench ready. Live is simpler: the API answers.
 */
final class Readiness {

    /** What the workbench waits for and what is wrong with the dropped bundles, one line each. */
    record Report(List<String> waitingFor, List<String> problems) {
        boolean ready() {
            return waitingFor.isEmpty();
        }
    }

    /** The framework property that names the deploy folder (FileInstall's). */
    static final String DEPLOY_FOLDER = "felix.fileinstall.dir";

    private Readiness() {
    }

    static Report of(BundleContext context, ServiceComponentRuntime scr) {
        String deploy = context.getProperty(DEPLOY_FOLDER);
        List<String> waiting = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            if (b.getState() != Bundle.ACTIVE && b.getHeaders("").get(Constants.FRAGMENT_HOST) == null) {
                String line = "bundle " + b.getSymbolicName() + " " + b.getVersion() + " is " + state(b.getState());
                if (dropped(b, deploy)) {
                    problems.add(file(b) + ": " + line + reason(context, b));
                } else {
                    waiting.add(line);
                }
            }
        }
        problems.addAll(DeployedJars.notBundles(deploy, context.getBundles()));
        for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs()) {
            if (!scr.isComponentEnabled(d)) {
                continue;
            }
            Bundle owner = context.getBundle(d.bundle.id);
            for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
                String problem = problem(c);
                if (problem != null) {
                    String line = "component " + d.name + " of " + d.bundle.symbolicName + ": " + problem;
                    (owner != null && dropped(owner, deploy) ? problems : waiting).add(line);
                }
            }
        }
        return new Report(waiting, problems);
    }

    /** Why a dropped bundle is not active, as far as the framework can tell without touching it. */
    private static String reason(BundleContext context, Bundle b) {
        return switch (b.getState()) {
            case Bundle.INSTALLED -> ": " + DeployedJars.unresolvedReason(context, b);
            case Bundle.RESOLVED -> ": its start failed (an activator or a component that throws?); the log has the reason";
            default -> "";
        };
    }

    /** True for a bundle installed from the deploy folder. */
    private static boolean dropped(Bundle b, String deploy) {
        if (deploy == null) {
            return false;
        }
        try {
            return java.nio.file.Path.of(java.net.URI.create(b.getLocation())).startsWith(java.nio.file.Path.of(deploy));
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return false; // not a file location
        }
    }

    private static String file(Bundle b) {
        return java.nio.file.Path.of(java.net.URI.create(b.getLocation())).getFileName().toString();
    }

    /** Why a component configuration is not yet usable, or null when it is satisfied or active. */
    private static String problem(ComponentConfigurationDTO c) {
        return switch (c.state) {
            case ComponentConfigurationDTO.SATISFIED, ComponentConfigurationDTO.ACTIVE -> null;
            case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> "waits for "
                    + Arrays.stream(c.unsatisfiedReferences).map(Readiness::reference).collect(Collectors.joining(", "));
            case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> "waits for its configuration";
            case ComponentConfigurationDTO.FAILED_ACTIVATION -> "failed to activate: " + c.failure;
            default -> "in state " + c.state;
        };
    }

    private static String reference(UnsatisfiedReferenceDTO r) {
        return r.name + (r.target == null ? "" : " " + r.target);
    }

    private static String state(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "installed, not resolved";
            case Bundle.RESOLVED -> "resolved, not started";
            case Bundle.STARTING -> "starting";
            case Bundle.STOPPING -> "stopping";
            default -> "in state " + state;
        };
    }
}
