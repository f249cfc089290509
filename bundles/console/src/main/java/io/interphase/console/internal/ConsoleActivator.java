package io.interphase.console.internal;

import io.interphase.api.analysis.Analysis;
import io.interphase.api.cell.CellModel;
import io.interphase.api.material.Material;
import jakarta.servlet.Servlet;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.function.BiFunction;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;
import org.osgi.service.servlet.whiteboard.annotations.RequireHttpWhiteboard;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;

/**
 * Starts the REST API: tracks the live materials, analyses and cell model and registers {@link ApiServlet}
 * with the HTTP whiteboard under {@code /api/*}.
 *
 * <p>The one Interphase bundle whose services are not Declarative Services components: it is what
 * a start waits for, and without DS it answers before the DS runtime has even started (its start, and the
 * XML parsing of component descriptors, were a tenth of a start's CPU on two cores). Every other
 * service, the cell model, the materials and the analyses among them, is a DS component; they reach the
 * API as they come and go, through the trackers here. The console imports only the API bundle's packages,
 * so it needs no other Interphase bundle, nor DS, to resolve.
 */
@RequireHttpWhiteboard
public final class ConsoleActivator implements BundleActivator {

    private ServiceTracker<Material, Material> materials;
    private ServiceTracker<Analysis, Analysis> analyses;
    private ServiceTracker<CellModel, CellModel> cellModels;
    private ServiceRegistration<Servlet> servlet;

    @Override
    public void start(BundleContext context) {
        LiveServices<LiveMaterial> liveMaterials = new LiveServices<>(LiveMaterial::id);
        materials = new ServiceTracker<>(context, Material.class, new Binder<>(context, liveMaterials, LiveMaterial::of));
        materials.open();
        LiveServices<LiveAnalysis> liveAnalyses = new LiveServices<>(LiveAnalysis::name);
        analyses = new ServiceTracker<>(context, LiveAnalysis.NAMED, new Binder<>(context, liveAnalyses, LiveAnalysis::of));
        analyses.open();
        cellModels = new ServiceTracker<>(context, CellModel.class, null);
        cellModels.open();
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN, "/api/*");
        servlet = context.registerService(Servlet.class,
                new ApiServlet(liveMaterials, liveAnalyses, cellModels::getService), properties);
    }

    @Override
    public void stop(BundleContext context) {
        servlet.unregister();
        cellModels.close();
        analyses.close();
        materials.close();
    }

    /**
     * Binds each live service of a kind, as the value made of it, and unbinds it when the service goes.
     * A service of which no value can be made (null) is tracked but not bound.
     */
    private record Binder<S, V>(BundleContext context, LiveServices<V> live, BiFunction<ServiceReference<S>, S, V> toLive)
            implements ServiceTrackerCustomizer<S, S> {

        @Override
        public S addingService(ServiceReference<S> ref) {
            S service = context.getService(ref);
            if (service != null) { // null when its bundle stopped meanwhile
                bind(ref, service);
            }
            return service;
        }

        @Override
        public void modifiedService(ServiceReference<S> ref, S service) {
            // a material's id and an analysis's name are read when it is bound: a changed service is bound anew,
            // its new value replacing the old at once (a request never sees it missing)
            if (!bind(ref, service)) {
                live.unbind(ref);
            }
        }

        @Override
        public void removedService(ServiceReference<S> ref, S service) {
            live.unbind(ref);
            context.ungetService(ref);
        }

        /** Binds the value made of the service; false when none can be made. */
        private boolean bind(ServiceReference<S> ref, S service) {
            V bound = toLive.apply(ref, service);
            if (bound != null) {
                live.bind(ref, bound);
            }
            return bound != null;
        }
    }
}
