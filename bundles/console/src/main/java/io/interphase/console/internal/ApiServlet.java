package io.interphase.console.internal;

import static io.interphase.console.internal.Exchanges.*;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.interphase.api.FieldError;
import io.interphase.api.InvalidInputException;
import io.interphase.api.analysis.FitFailedException;
import io.interphase.api.analysis.Analysis;
import io.interphase.api.cell.Cell;
import io.interphase.api.cell.CellProperties;
import io.interphase.api.cell.LayerMicrostructure;
import io.interphase.api.cell.CellModel;
import io.interphase.api.material.Material;
import io.interphase.api.material.MaterialCatalog;
import io.interphase.api.run.RecipeReader;
import io.interphase.api.run.RunService;
import io.interphase.json.Json;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Logger;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;
import org.osgi.service.servlet.whiteboard.annotations.RequireHttpWhiteboard;

/**
 * The REST API under {@code /api}: health, materials, cells, recipes and the analyses (EIS and Tafel, and any other
 * {@link Analysis} a bundle offers). Every answer is JSON; every error is
 * {@code {"message": ..., "errors": [{"field": ..., "message": ...}]}} with a 4xx status for bad input, and
 * no request can take the server down.
 *
 * <p>Lifecycle: a Declarative Services component registered with the HTTP whiteboard under {@code /api/*}; it
 * activates once DS and the whiteboard are there. The materials and analyses come and go with their bundles (DS
 * binds and unbinds them at any time); the cell model and the recipe reader are optional: {@code POST /api/cells}
 * and {@code POST /api/recipes} answer 503 while theirs is missing, {@code POST /api/analyze/...} while no
 * analysis is. {@code GET /api/health} tells live (it answers) from ready (every bundle active and every
 * component satisfied, see {@link Readiness}).
 */
@Component(service = Servlet.class, property = HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/api/*")
@RequireHttpWhiteboard
public class ApiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ApiServlet.class.getName());
    /** Analyses running at once: one per core. */
    static final int ANALYSIS_SLOTS = Runtime.getRuntime().availableProcessors();
    private final transient java.util.concurrent.Semaphore analysisSlots = new java.util.concurrent.Semaphore(ANALYSIS_SLOTS);
    /**
     * Host names the server answers to: the loopback, and the address it is configured to listen on (a page whose
     * DNS name is rebound to 127.0.0.1 is refused).
     */
    private transient java.util.Set<String> hosts = java.util.Set.of("127.0.0.1", "localhost", "[::1]");


    private final transient LiveServices<LiveMaterial> materials = new LiveServices<>(LiveMaterial::id);
    private final transient Map<ServiceReference<?>, LiveMaterial.Broken> brokenMaterials =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final transient LiveServices<LiveAnalysis> analyses = new LiveServices<>(LiveAnalysis::name);
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private transient volatile CellModel cellModel;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private transient volatile RecipeReader recipes;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private transient volatile RunService runService;
    @Reference
    private transient ServiceComponentRuntime components;
    private final transient RunsApi runsApi = new RunsApi(Exchanges::send);
    private transient AccessToken token;
    private transient BundleContext context;
    private final long startedAt = System.currentTimeMillis();

    @Activate
    void activate(BundleContext bundleContext) throws IOException {
        this.context = bundleContext;
        String home = bundleContext.getProperty("interphase.home");
        // without a home (an embedded framework) no token exists and every mutating call is refused
        this.token = home == null ? null : AccessToken.of(java.nio.file.Path.of(home));
        String listen = bundleContext.getProperty("org.apache.felix.http.host");
        if (listen != null && !listen.isBlank() && !listen.equals("0.0.0.0")) {
            java.util.Set<String> all = new java.util.HashSet<>(hosts);
            all.add(listen.strip().toLowerCase(java.util.Locale.ROOT));
            hosts = java.util.Set.copyOf(all);
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindMaterial(ServiceReference<Material> ref, Material material) {
        try {
            materials.bind(ref, LiveMaterial.of(ref, material));
            brokenMaterials.remove(ref);
        } catch (LiveMaterial.BrokenMaterial e) {
            materials.unbind(ref);
            brokenMaterials.put(ref, e.broken);
            LOG.warning("material service of " + e.broken.bundleSymbolicName() + " left out: " + e.broken.reason());
        }
    }

    void updatedMaterial(ServiceReference<Material> ref, Material material) {
        bindMaterial(ref, material);
    }

    void unbindMaterial(ServiceReference<Material> ref) {
        materials.unbind(ref);
        brokenMaterials.remove(ref);
    }

    /** Analyses that carry a name ({@link Analysis#NAME}): the only ones worth binding. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            target = "(" + Analysis.NAME + "=*)")
    void bindAnalysis(ServiceReference<Analysis> ref, Analysis analysis) {
        // a renamed analysis is bound anew, its new name replacing the old at once (a request never sees it missing)
        LiveAnalysis live = LiveAnalysis.of(ref, analysis);
        if (live == null) {
            analyses.unbind(ref);
        } else {
            analyses.bind(ref, live);
        }
    }

    void updatedAnalysis(ServiceReference<Analysis> ref, Analysis analysis) {
        bindAnalysis(ref, analysis);
    }

    void unbindAnalysis(ServiceReference<Analysis> ref) {
        analyses.unbind(ref);
    }

    /** One request's handling; may throw {@link InvalidInputException} for a 400. */
    @FunctionalInterface
    private interface Handler {
        void handle(String path) throws IOException;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        answer(req, resp, path -> {
            String material = segmentAfter(path, "/materials/");
            if (path.equals("/health")) {
                send(resp, 200, health());
            } else if (path.equals("/materials")) {
                send(resp, 200, materials(temperature(req)));
            } else if (path.equals("/services")) {
                send(resp, 200, ServicesJson.of(context));
            } else if (material != null) {
                material(resp, material, temperature(req));
            } else if (isRuns(path)) {
                runsApi.get(runs(), path.substring("/runs".length()), req, resp);
            } else if (path.equals("/cells") || path.equals("/recipes") || segmentAfter(path, "/analyze/") != null) {
                methodNotAllowed(resp, "POST");
            } else {
                notFound(resp, "path", "no resource " + req.getRequestURI());
            }
        });
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        answer(req, resp, path -> {
            String analysis = segmentAfter(path, "/analyze/");
            if (analysis != null) {
                analyze(req, resp, analysis);
            } else if (isRuns(path)) {
                RunsApi.authorise(req, token);
                String rest = path.substring("/runs".length());
                runsApi.post(runs(), rest, rest.isEmpty() ? readJsonObject(req) : Map.of(), resp);
            } else if (path.equals("/cells")) {
                cells(req, resp);
            } else if (path.equals("/recipes")) {
                recipes(req, resp);
            } else if (path.equals("/health") || path.startsWith("/materials")) {
                methodNotAllowed(resp, "GET");
            } else {
                notFound(resp, "path", "no resource " + req.getRequestURI());
            }
        });
    }

    @Override
    protected void doDelete(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        answer(req, resp, path -> {
            if (isRuns(path)) {
                RunsApi.authorise(req, token);
                runsApi.delete(runs(), path.substring("/runs".length()), resp);
            } else {
                methodNotAllowed(resp, "GET, POST");
            }
        });
    }

    private static boolean isRuns(String path) {
        return path.equals("/runs") || path.startsWith("/runs/");
    }

    /** The run service, or a 503 while none is live. */
    private RunService runs() {
        RunService r = runService;
        if (r == null) {
            throw new Rejected(503, "service", "the run service is not available right now; try again once the runs bundle is active");
        }
        return r;
    }

    @Override
    protected void doTrace(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        methodNotAllowed(resp, "GET, POST"); // TRACE would echo the request, cookies and all
    }

    /** Runs a handler so that bad input is a 400 and any other failure a 500, never a dead server. */
    private void answer(HttpServletRequest req, HttpServletResponse resp, Handler handler) throws IOException {
        try {
            localHost(req, hosts);
            sameOrigin(req);
            handler.handle(path(req));
        } catch (Rejected e) {
            if (e instanceof RunsApi.TooBusy busy) {
                resp.setHeader("Retry-After", String.valueOf(busy.retryAfter));
            }
            if (e.status() == 413) {
                resp.setHeader("Connection", "close"); // the body is left unread: this connection cannot carry another
            } else {
                drain(req);
            }
            send(resp, e.status(), JsonBodies.errors(e.errors().get(0).message(), e.errors()));
        } catch (InvalidInputException e) {
            drain(req);
            send(resp, 400, JsonBodies.errors("invalid input", e.errors()));
        } catch (FitFailedException e) {
            drain(req);
            send(resp, 422, JsonBodies.errors("the fit failed", List.of(new FieldError("data", e.getMessage()))));
        } catch (IllegalArgumentException e) {
            drain(req);
            // a model's own check of what it was given (a layer's fractions, a unit's factor) that no reader
            // located: still the input's fault, so a 400 naming the body
            send(resp, 400, JsonBodies.errors("invalid input", List.of(new FieldError("body", e.getMessage()))));
        } catch (StackOverflowError e) {
            drain(req);
            send(resp, 400, JsonBodies.errors("invalid input", List.of(new FieldError("body",
                    "nested too deeply to read; a recipe, cell or spectrum is a few levels deep"))));
        } catch (RuntimeException e) {
            internalError(resp, e);
        }
    }

    private JsonObject health() {
        Readiness.Report readiness = Readiness.of(context, components);
        JsonObject o = new JsonObject();
        o.addProperty("status", "UP");
        o.addProperty("live", true);
        o.addProperty("ready", readiness.ready());
        JsonArray why = new JsonArray();
        readiness.waitingFor().forEach(why::add);
        o.add("waitingFor", why);
        JsonArray problems = new JsonArray();
        readiness.problems().forEach(problems::add);
        // a dropped jar may replace a workbench material (that is hot-swapping): say which one is served
        materials.shared().forEach((id, list) -> problems.add("material " + id + " is served from "
                + list.get(0).bundleSymbolicName() + " " + list.get(0).bundleVersion() + ", replacing "
                + list.subList(1, list.size()).stream().map(m -> m.bundleSymbolicName() + " " + m.bundleVersion()).toList()));
        brokenMaterials.values().forEach(b -> problems.add(b.bundleSymbolicName() + " " + b.bundleVersion()
                + ": a material service that fails when read, left out of /api/materials: " + b.reason()));
        ServicesJson.broken(context).forEach(problems::add);
        o.add("problems", problems);
        o.addProperty("uptime_s", (System.currentTimeMillis() - startedAt) / 1000.0);
        o.addProperty("materials", materials.snapshot().size());
        o.addProperty("cellModel", cellModel != null);
        o.addProperty("recipeReader", recipes != null);
        JsonArray names = new JsonArray();
        analyses.snapshot().forEach(a -> names.add(a.name()));
        o.add("analyses", names);
        return o;
    }

    private JsonArray materials(double kelvin) {
        JsonArray list = new JsonArray();
        for (LiveMaterial r : materials.snapshot()) {
            list.add(MaterialJson.of(r, kelvin));
        }
        return list;
    }

    private void material(HttpServletResponse resp, String id, double kelvin) throws IOException {
        List<LiveMaterial> snapshot = materials.snapshot();
        Optional<LiveMaterial> found = snapshot.stream().filter(r -> r.id().equals(id)).findFirst();
        if (found.isPresent()) {
            send(resp, 200, MaterialJson.of(found.get(), kelvin));
        } else {
            notFoundAmong(resp, "id", "material", id, snapshot.stream().map(LiveMaterial::id).toList());
        }
    }

    private void cells(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        CellModel model = cellModel;
        if (model == null) {
            unavailable(resp, "the cell model is not available right now", "no cell bundle is active; try again once it is");
            return;
        }
        Map<String, Object> description = readJsonObject(req);
        MaterialCatalog catalog = LiveMaterial.catalog(materials.snapshot());
        Cell cell = model.read(description, catalog);
        CellProperties properties = model.evaluate(cell, catalog);
        OptionalLong seed = microstructureSeed(req);
        List<Optional<LayerMicrostructure>> packed = new ArrayList<>();
        for (int i = 0; seed.isPresent() && i < cell.layers().size(); i++) {
            packed.add(model.microstructure(cell, i, catalog, seed.getAsLong()));
        }
        send(resp, 200, CellJson.of(properties, packed));
    }

    /** {@code ?microstructure=SEED} (or {@code true}, seed 1): pack each composite layer and report it. */
    private static OptionalLong microstructureSeed(HttpServletRequest req) {
        String text = req.getParameter("microstructure");
        if (text == null) {
            return OptionalLong.empty();
        }
        if (text.equals("true")) {
            return OptionalLong.of(1);
        }
        try {
            return OptionalLong.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("microstructure", "expected the seed of the random packing, a whole number "
                    + "(or 'true' for seed 1), got '" + text + "'");
        }
    }

    /** Reads and checks a recipe as {@code workbench run} would, and answers it resolved: cell, 1C, solver, steps. */
    private void recipes(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        RecipeReader reader = recipes;
        if (reader == null) {
            unavailable(resp, "the recipe reader is not available right now", "no runs bundle is active; try again once it is");
            return;
        }
        send(resp, 200, RecipeJson.of(reader.read(readJsonObject(req))));
    }

    private void analyze(HttpServletRequest req, HttpServletResponse resp, String name) throws IOException {
        List<LiveAnalysis> live = analyses.snapshot();
        if (live.isEmpty()) {
            unavailable(resp, "no analysis is available right now", "no analysis bundle is active; try again once one is");
            return;
        }
        Optional<LiveAnalysis> found = live.stream().filter(a -> a.name().equals(name)).findFirst();
        if (found.isEmpty()) {
            notFoundAmong(resp, "analysis", "analysis", name, live.stream().map(LiveAnalysis::name).toList());
            return;
        }
        Map<String, Object> body = readJsonObject(req);
        // a fit holds a core for as long as it takes: one per core at a time, the rest asked to come back
        if (!analysisSlots.tryAcquire()) {
            throw new RunsApi.TooBusy(ANALYSIS_SLOTS + " analyses are running (one per core); try again shortly", 2);
        }
        Map<String, Object> report;
        try {
            report = found.get().analysis().analyze(body);
        } finally {
            analysisSlots.release();
        }
        if (report == null) {
            throw new IllegalStateException("the analysis '" + name + "' gave no report");
        }
        send(resp, 200, Json.tree(report));
    }

}
