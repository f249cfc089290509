package io.interphase.console.internal;

import io.interphase.api.cell.CellModel;
import io.interphase.api.material.Material;
import jakarta.servlet.Servlet;
import java.util.Dictionary;
import java.util.Hashtable;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;
import org.osgi.service.servlet.whiteboard.annotations.RequireHttpWhiteboard;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;

/**
 * Starts the REST API: tracks the live materials and cell model and registers {@link ApiServlet} with the
 * HTTP whiteboard under {@code /api/*}.
 *
 * <p>The one bundle of the workbench that is not made of Declarative Services components: it is what
 * a start waits for, and without DS it answers before the DS runtime has even started (its start, and the
 * XML parsing of component descriptors, were a tenth of a start's CPU on two cores). Every other
 * service, the cell model and the materials among them, is a DS component; they reach the API as
 * they come and go, through the trackers here.
 */
@RequireHttpWhiteboard
public final class ConsoleActivator implements BundleActivator {

    private ServiceTracker<Material, Material> materials;
    private ServiceTracker<CellModel, CellModel> cellModels;
    private ServiceRegistration<Servlet> servlet;

    @Override
    public void start(BundleContext context) {
        MaterialRegistry registry = new MaterialRegistry();
        materials = new ServiceTracker<>(context, Material.class, new Binder(context, registry));
        materials.open();
        cellModels = new ServiceTracker<>(context, CellModel.class, null);
        cellModels.open();
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN, "/api/*");
        servlet = context.registerService(Servlet.class, new ApiServlet(registry, cellModels::getService), properties);
    }

    @Override
    public void stop(BundleContext context) {
        servlet.unregister();
        cellModels.close();
        materials.close();
    }

    /** Binds each live material into the registry and unbinds it when its service goes. */
    private record Binder(BundleContext context, MaterialRegistry registry)
            implements ServiceTrackerCustomizer<Material, Material> {

        @Override
        public Material addingService(ServiceReference<Material> ref) {
            Material material = context.getService(ref);
            if (material != null) { // null when its bundle stopped meanwhile
                registry.bindMaterial(ref, material);
            }
            return material;
        }

        @Override
        public void modifiedService(ServiceReference<Material> ref, Material material) {
            // a material's id and properties live in the object, not in service properties
        }

        @Override
        public void removedService(ServiceReference<Material> ref, Material material) {
            registry.unbindMaterial(ref);
            context.ungetService(ref);
        }
    }
}
