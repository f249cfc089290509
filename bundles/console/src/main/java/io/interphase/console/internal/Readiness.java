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
 * Whether the workbench is ready: every installed bundle active (fragments aside) and every enabled Declarative
 * Services component of them satisfied, with what it still waits for when not. Live is simpler: the API answers.
 */
final class Readiness {

    private Readiness() {
    }

    /** What the workbench still waits for, one line each; empty when it is ready. */
    static List<String> waitingFor(BundleContext context, ServiceComponentRuntime scr) {
        List<String> waiting = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            if (b.getState() != Bundle.ACTIVE && b.getHeaders("").get(Constants.FRAGMENT_HOST) == null) {
                waiting.add("bundle " + b.getSymbolicName() + " " + b.getVersion() + " is " + state(b.getState()));
            }
        }
        for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs()) {
            if (!scr.isComponentEnabled(d)) {
                continue;
            }
            for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
                String problem = problem(c);
                if (problem != null) {
                    waiting.add("component " + d.name + " of " + d.bundle.symbolicName + ": " + problem);
                }
            }
        }
        return waiting;
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
