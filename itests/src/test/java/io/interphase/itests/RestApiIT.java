package io.interphase.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.interphase.api.material.Material;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.wiring.BundleWiring;

/** Boots the assembled workbench and checks its services and REST answers. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RestApiIT extends WorkbenchTest {

    static final Set<String> STUDY_MATERIALS = Set.of("li-metal", "lpscl", "llzto-nano", "llzto-micro",
            "soft-carbon", "lco-lzo", "vgcf", "ptfe");

    static final String EXAMPLE_CELL = """
            {
              "name": "SC-20% nano LLZTO symmetric",
              "area": "0.785 cm2",
              "temperature": "25 degC",
              "layers": [
                {"material": "li-metal", "thickness": "20 um"},
                {"composite": {"soft-carbon": "80 wt%", "llzto-nano": "20 wt%"}, "thickness": "30 um"},
                {"material": "lpscl", "mass": "80 mg"},
                {"composite": {"soft-carbon": "80 wt%", "llzto-nano": "20 wt%"}, "thickness": "30 um"},
                {"material": "li-metal", "thickness": "20 um"}
              ]
            }""";


    @Before
    public void awaitMaterials() throws InterruptedException {
        assertTrue("the study's materials never all appeared",
                Workbench.await(() -> materialIds().containsAll(STUDY_MATERIALS), 10_000));
    }

    private Set<String> materialIds() {
        try {
            return context.getServiceReferences(Material.class, null).stream()
                    .map(ref -> context.getService(ref).id()).collect(Collectors.toSet());
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    public void everyStudyMaterialIsAService() {
        assertTrue(materialIds().containsAll(STUDY_MATERIALS));
    }

    @Test
    public void aMaterialWhoseMethodsThrowIsLeftOutAndNamedInHealthNeverA500() throws Exception {
        Material broken = new Material() {
            @Override
            public String id() {
                return "itest-broken";
            }

            @Override
            public String name() {
                return "broken";
            }

            @Override
            public io.interphase.api.material.MaterialRole role() {
                return io.interphase.api.material.MaterialRole.BINDER;
            }

            @Override
            public List<io.interphase.api.material.Property> properties() {
                throw new IllegalStateException("half-finished");
            }
        };
        org.osgi.framework.ServiceRegistration<Material> reg = context.registerService(Material.class, broken, null);
        try {
            assertTrue(Workbench.await(() -> http.get("/api/health").body().toString().contains("half-finished"), 5_000));
            Http.Response list = http.get("/api/materials");
            assertEquals(200, list.status());
            assertFalse(list.body().toString(), list.body().toString().contains("itest-broken"));
            assertEquals(200, http.post("/api/cells", EXAMPLE_CELL).status());
        } finally {
            reg.unregister();
        }
        assertFalse(http.get("/api/health").body().toString().contains("half-finished"));
    }

    @Test
    public void aRequestAddressedToAnotherHostNameIsRefused() throws Exception {
        int port = Integer.parseInt(context.getProperty("org.osgi.service.http.port"));
        for (String[] host : new String[][] {{"rebound.example:" + port, "403"}, {"localhost:" + port, "200"},
            {"127.0.0.1:" + port, "200"}}) {
            try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
                s.getOutputStream().write(("GET /api/health HTTP/1.1\r\nHost: " + host[0] + "\r\nConnection: close\r\n\r\n")
                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                String status = new java.io.BufferedReader(new java.io.InputStreamReader(s.getInputStream(),
                        java.nio.charset.StandardCharsets.US_ASCII)).readLine();
                assertTrue(host[0] + ": " + status, status.startsWith("HTTP/1.1 " + host[1]));
            }
        }
    }

    @Test
    public void healthIsUp() {
        Http.Response r = http.get("/api/health");
        assertEquals(200, r.status());
        assertEquals("UP", r.body().getAsJsonObject().get("status").getAsString());
    }

    @Test
    public void materialsListEachWithBundleAndPropertiesWithUnitsAndSources() {
        Http.Response r = http.get("/api/materials");
        assertEquals(200, r.status());
        JsonArray list = r.body().getAsJsonArray();
        Set<String> ids = new HashSet<>();
        for (JsonElement e : list) {
            JsonObject m = e.getAsJsonObject();
            ids.add(m.get("id").getAsString());
            for (String key : List.of("name", "role", "bundle", "properties")) {
                assertTrue(m.get("id") + " lacks " + key, m.has(key));
            }
            assertTrue(m.getAsJsonObject("bundle").get("symbolicName").getAsString().startsWith("io.interphase"));
            JsonObject density = m.getAsJsonObject("properties").getAsJsonObject("density");
            assertEquals("kg/m3", density.get("unit").getAsString());
            assertTrue(density.get("value").getAsDouble() > 0);
            assertTrue(!density.get("source").getAsString().isBlank());
        }
        assertTrue(ids.containsAll(STUDY_MATERIALS));
    }

    @Test
    public void oneMaterialAtATemperatureFollowsItsArrheniusLaw() {
        JsonObject at25 = http.get("/api/materials/lpscl").body().getAsJsonObject();
        Http.Response cold = http.get("/api/materials/lpscl?temperature=268.15K");
        assertEquals(200, cold.status());
        double sigma25 = ionic(at25);
        double sigmaCold = ionic(cold.body().getAsJsonObject());
        assertEquals(268.15, cold.body().getAsJsonObject().get("temperature_K").getAsDouble(), 1e-9);
        assertTrue("colder must conduct less: " + sigmaCold + " vs " + sigma25, sigmaCold < sigma25 && sigmaCold > 0);
        assertTrue(http.get("/api/materials/lco-lzo").body().getAsJsonObject().has("ocv"));
    }

    private static double ionic(JsonObject material) {
        return material.getAsJsonObject("properties").getAsJsonObject("ionicConductivity").get("value").getAsDouble();
    }

    @Test
    public void unknownMaterialIs404WithAMessage() {
        Http.Response r = http.get("/api/materials/unobtainium");
        assertEquals(404, r.status());
        assertTrue(r.body().getAsJsonObject().get("message").getAsString().contains("unobtainium"));
    }

    @Test
    public void badTemperatureIs400NamingTheField() {
        Http.Response r = http.get("/api/materials/lpscl?temperature=hot");
        assertEquals(400, r.status());
        assertEquals("temperature", firstErrorField(r));
    }

    @Test
    public void theIssuesExampleCellEvaluates() {
        Http.Response r = http.post("/api/cells", EXAMPLE_CELL);
        assertEquals(r.body().toString(), 200, r.status());
        JsonArray layers = r.body().getAsJsonObject().getAsJsonArray("layers");
        assertEquals(5, layers.size());
        for (JsonElement e : layers) {
            JsonObject layer = e.getAsJsonObject();
            for (String key : List.of("volumeFractions", "ionicConductivity", "electronicConductivity",
                    "interfaceAreaDensity", "thickness")) {
                assertTrue("layer lacks " + key + ": " + layer, layer.has(key));
            }
        }
        JsonObject interlayer = layers.get(1).getAsJsonObject();
        assertEquals(30e-6, interlayer.get("thickness").getAsDouble(), 1e-12);
        assertTrue(interlayer.get("interfaceAreaDensity").getAsDouble() > 0);
        // 80 mg of LPSCl at 1.865 g/cm3 over 0.785 cm2
        assertEquals(80e-6 / (1865 * 0.785e-4), layers.get(2).getAsJsonObject().get("thickness").getAsDouble(), 2e-6);
    }

    @Test
    public void everySampleCellEvaluatesAsItStands() throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("interphase.samples"), "cells");
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(dir)) {
            List<java.nio.file.Path> cells = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            assertTrue("no sample cells in " + dir, cells.size() >= 7);
            for (java.nio.file.Path cell : cells) {
                Http.Response r = http.post("/api/cells", java.nio.file.Files.readString(cell));
                assertEquals(cell + ": " + r.body(), 200, r.status());
            }
        }
    }

    /**
     * Jetty and the servlet API are bundles: a bundle sees their packages only through its imports, as in
     * any framework, and the console's servlet classes are the servlet-api bundle's.
     */
    @Test
    public void aBundleSeesTheServletApiOnlyThroughItsImport() throws Exception {
        Bundle servletApi = bundleNamed("org.apache.felix.http.servlet-api");
        Bundle forgetful = context.installBundle(manifestOnlyBundle("itest.no.servlet.import", null).toUri().toString());
        Bundle importing = context.installBundle(manifestOnlyBundle("itest.servlet.import", "jakarta.servlet").toUri().toString());
        try {
            assertThrows(ClassNotFoundException.class, () -> forgetful.loadClass("jakarta.servlet.Servlet"));
            assertThrows(ClassNotFoundException.class, () -> forgetful.loadClass("org.eclipse.jetty.server.Server"));
            assertSame(importing.loadClass("jakarta.servlet.Servlet").getClassLoader(),
                    servletApi.adapt(BundleWiring.class).getClassLoader());
            assertSame(bundleNamed("io.interphase.console").loadClass("jakarta.servlet.http.HttpServlet").getClassLoader(),
                    servletApi.adapt(BundleWiring.class).getClassLoader());
            assertNotSame(ClassLoader.getSystemClassLoader(), bundleNamed("org.apache.felix.http.jetty12")
                    .loadClass("org.eclipse.jetty.server.Server").getClassLoader());
        } finally {
            forgetful.uninstall();
            importing.uninstall();
        }
    }

    /** A bundle jar of a manifest only, importing the package if one is given. */
    private static java.nio.file.Path manifestOnlyBundle(String symbolicName, String importedPackage) throws java.io.IOException {
        java.util.jar.Manifest manifest = new java.util.jar.Manifest();
        java.util.jar.Attributes main = manifest.getMainAttributes();
        main.put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue(org.osgi.framework.Constants.BUNDLE_MANIFESTVERSION, "2");
        main.putValue(org.osgi.framework.Constants.BUNDLE_SYMBOLICNAME, symbolicName);
        if (importedPackage != null) {
            main.putValue(org.osgi.framework.Constants.IMPORT_PACKAGE, importedPackage);
        }
        java.nio.file.Path jar = java.nio.file.Files.createDirectories(java.nio.file.Path.of(System.getProperty("interphase.scratch")))
                .resolve(symbolicName + "-" + System.nanoTime() + ".jar");
        try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(jar);
                java.util.jar.JarOutputStream ignored = new java.util.jar.JarOutputStream(out, manifest)) {
            return jar;
        }
    }

    @Test
    public void oversizeCrossSiteAndTraceRequestsAreRefusedWithJson() throws java.io.IOException {
        // a 50 MB body announced: refused from its headers, before a byte of it is read
        int port = Integer.parseInt(context.getProperty("org.osgi.service.http.port"));
        try (java.net.Socket socket = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(("POST /api/cells HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 50000000\r\n\r\n{").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String head = new String(socket.getInputStream().readNBytes(12), java.nio.charset.StandardCharsets.US_ASCII);
            assertEquals("HTTP/1.1 413", head);
        }
        Http.Response crossSite = http.postFrom("http://evil.example", "/api/cells", EXAMPLE_CELL);
        assertEquals(crossSite.body().toString(), 403, crossSite.status());
        assertEquals("Origin", crossSite.body().getAsJsonObject().getAsJsonArray("errors").get(0).getAsJsonObject()
                .get("field").getAsString());
        // from its own page too a body must say it is JSON: text/plain and forms are what any page may send
        String own = "http://127.0.0.1:" + context.getProperty("org.osgi.service.http.port");
        Http.Response plain = http.postFrom(own, "/api/cells", EXAMPLE_CELL);
        assertEquals(plain.body().toString(), 415, plain.status());
        assertEquals("Content-Type", plain.body().getAsJsonObject().getAsJsonArray("errors").get(0).getAsJsonObject()
                .get("field").getAsString());
        assertEquals(200, http.post("/api/cells", EXAMPLE_CELL).status());
        assertEquals(405, http.method("TRACE", "/api/health").status());
    }

    @Test
    public void aBodyThatTricklesInIsCutWithJsonAndHealthAnswersMeanwhile() throws Exception {
        int port = Integer.parseInt(context.getProperty("org.osgi.service.http.port"));
        try (java.net.Socket socket = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(20_000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("POST /api/cells HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100000\r\n\r\n{").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.flush();
            for (int k = 0; k < 4; k++) {
                Thread.sleep(1000);
                out.write(' '); // 1 byte a second
                out.flush();
                assertEquals(200, http.get("/api/health").status());
            }
            String reply = new String(socket.getInputStream().readNBytes(600), java.nio.charset.StandardCharsets.US_ASCII);
            assertTrue(reply, reply.startsWith("HTTP/1.1 408") && reply.contains("bytes/s"));
        }
    }

    @Test
    public void aCellsLayersArePackedOnRequest() throws java.io.IOException {
        String cell = java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("interphase.samples"),
                "cells", "sc-20-nano-symmetric.json"));
        Http.Response r = http.post("/api/cells?microstructure=3", cell);
        assertEquals(r.body().toString(), 200, r.status());
        JsonArray layers = r.body().getAsJsonObject().getAsJsonArray("layers");
        assertFalse("a one-material layer is not packed", layers.get(0).getAsJsonObject().has("microstructure"));
        JsonObject packed = layers.get(1).getAsJsonObject().getAsJsonObject("microstructure");
        assertTrue(packed.toString(), packed.getAsJsonObject("percolates").get("soft-carbon").getAsBoolean());
        assertEquals(3, packed.get("seed").getAsLong());
        assertTrue(packed.get("electronicConductivity").getAsDouble() > 0);
        Http.Response bad = http.post("/api/cells?microstructure=abc", cell);
        assertEquals(400, bad.status());
        assertEquals("microstructure", bad.body().getAsJsonObject().getAsJsonArray("errors").get(0).getAsJsonObject()
                .get("field").getAsString());
    }

    @Test
    public void theConsoleStoppedAndStartedAgainFindsEveryLiveService() throws Exception {
        Bundle console = bundleNamed("io.interphase.console");
        console.stop();
        try {
            assertFalse("health answered with the console stopped", http.answers("/api/health"));
        } finally {
            console.start();
        }
        assertTrue("health never answered again", Workbench.await(() -> http.answers("/api/health"), 10_000));
        JsonObject health = http.get("/api/health").body().getAsJsonObject();
        assertEquals(health.toString(), STUDY_MATERIALS.size(), health.get("materials").getAsInt());
        assertTrue(health.toString(), health.get("cellModel").getAsBoolean());
        assertEquals("[\"eis\",\"tafel\"]", health.get("analyses").toString());
        assertEquals(200, http.post("/api/cells", EXAMPLE_CELL).status());
    }

    private Bundle bundleNamed(String symbolicName) {
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }

    @Test
    public void eachKindOfBadCellInputIs400NamingItsField() {
        assertBad(EXAMPLE_CELL.replaceFirst("\"20 wt%\"", "\"15 wt%\""), "layers[1].composite");
        assertBad(EXAMPLE_CELL.replace("\"lpscl\"", "\"unobtainium\""), "layers[2].material");
        assertBad(EXAMPLE_CELL.replace("\"0.785 cm2\"", "\"-0.785 cm2\""), "area");
        assertBad(EXAMPLE_CELL.replace("\"0.785 cm2\"", "\"0.785\""), "area");
        assertBad(EXAMPLE_CELL.replace("\"0.785 cm2\"", "\"0.785 mA\""), "area");
        assertBad(EXAMPLE_CELL.replace("\"0.785 cm2\"", "\"lots\""), "area");
        assertBad("{not json", "body");
    }

    private void assertBad(String body, String field) {
        Http.Response r = http.post("/api/cells", body);
        assertEquals(body, 400, r.status());
        Set<String> fields = StreamSupport.stream(r.body().getAsJsonObject().getAsJsonArray("errors").spliterator(), false)
                .map(e -> e.getAsJsonObject().get("field").getAsString()).collect(Collectors.toSet());
        assertTrue("expected an error on " + field + ", got " + r.body(), fields.stream().anyMatch(f -> f.startsWith(field)));
    }

    private static String firstErrorField(Http.Response r) {
        return r.body().getAsJsonObject().getAsJsonArray("errors").get(0).getAsJsonObject().get("field").getAsString();
    }
}
