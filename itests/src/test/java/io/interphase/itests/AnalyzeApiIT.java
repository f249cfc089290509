package io.interphase.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonObject;
import io.interphase.api.analysis.Analysis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.Locale;
import java.util.Map;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.osgi.framework.ServiceRegistration;

/** POST /api/analyze/eis and /api/analyze/tafel on the assembled workbench, and an analysis that comes and goes. */
@RunWith(PaxExam.class)
public class AnalyzeApiIT extends WorkbenchTest {

    @Test
    public void fitsTheMeasuredSpectrumFromItsFileText() throws IOException {
        String csv = Files.readString(Path.of(System.getProperty("interphase.measured"), "li-ion-cell-eis.csv"));
        JsonObject body = new JsonObject();
        body.addProperty("data", csv);
        body.addProperty("circuit", "L0-R0-p(R1,CPE1)-p(R2,CPE2)-W1");
        Http.Response r = http.post("/api/analyze/eis", body.toString());
        assertEquals(r.body().toString(), 200, r.status());
        JsonObject report = r.body().getAsJsonObject();
        JsonObject r0 = report.getAsJsonObject("parameters").getAsJsonObject("R0");
        assertEquals(0.01484, r0.get("value").getAsDouble(), 2e-4);
        assertEquals("Ohm", r0.get("unit").getAsString());
        assertTrue(report.getAsJsonObject("kramersKronig").get("residualMaxPercent").getAsDouble() < 1);
    }

    @Test
    public void givesBackTheExchangeCurrentOfASymmetricSweep() {
        // 2 i0 sinh(FV/4RT) at −5 °C with i0 = 0.291 mA/cm², currents in mA on 0.785 cm²
        double f = 96485.33212 / (8.314462618 * 268.15);
        StringBuilder data = new StringBuilder("Voltage (V),Current (mA)\n");
        for (int i = -30; i <= 30; i++) {
            double v = 0.01 * i;
            data.append(String.format(Locale.ROOT, "%.4f,%.9f%n", v, 2 * 0.291 * Math.sinh(f * v / 4) * 0.785));
        }
        JsonObject body = new JsonObject();
        body.addProperty("data", data.toString());
        body.addProperty("area", "0.785 cm2");
        body.addProperty("temperature", "-5 degC");
        body.addProperty("seriesResistance", "0 Ohm");
        Http.Response r = http.post("/api/analyze/tafel", body.toString());
        assertEquals(r.body().toString(), 200, r.status());
        assertEquals(0.291, r.body().getAsJsonObject().get("i0_mA_cm2").getAsDouble(), 1e-5);
    }

    @Test
    public void badAnalysisInputIs400NamingTheField() {
        Http.Response noCircuit = http.post("/api/analyze/eis", "{\"spectrum\":{\"frequency\":[1,10,100,1000],"
                + "\"real\":[2,1.5,1.1,1],\"imaginary\":[-0.5,-0.4,-0.2,-0.05]}}");
        assertEquals(400, noCircuit.status());
        assertEquals("circuit", field(noCircuit));
        Http.Response noArea = http.post("/api/analyze/tafel", "{\"data\":\"0.1,1\\n0.2,2\\n\"}");
        assertEquals(400, noArea.status());
        assertEquals("area", field(noArea));
        Http.Response badLine = http.post("/api/analyze/tafel", "{\"data\":\"0.1,1\\n0.2,x\\n\",\"area\":\"1 cm2\"}");
        assertEquals("line 2, column 2", field(badLine));
    }

    @Test
    public void aFitThatCannotFinishIs422SayingWhatRanOff() {
        // a pure 10 ohm resistor fitted with a circuit whose Warburg has no tail to describe: W1 runs off
        StringBuilder data = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            data.append(Math.pow(10, 5 - 0.15 * i)).append(",10,0\\n");
        }
        Http.Response r = http.post("/api/analyze/eis", "{\"circuit\": \"p(R0,C0)-W1\", \"data\": \"" + data + "\"}");
        assertEquals(r.body().toString(), 422, r.status());
        assertTrue(r.body().toString(), r.body().toString().contains("W1 grew without bound"));
    }

    @Test
    public void anAnalysisNoBundleOffersIs404NamingThoseThatAre() {
        Http.Response r = http.post("/api/analyze/gitt", "{}");
        assertEquals(404, r.status());
        assertEquals("analysis", field(r));
        assertTrue(r.body().toString(), r.body().toString().contains("available: eis, tafel"));
        assertEquals(405, http.get("/api/analyze/eis").status());
    }

    @Test
    public void anAnalysisServiceAnswersUnderItsNameWhileItIsLive() {
        Analysis echo = request -> Map.of("echo", request.get("x"));
        ServiceRegistration<Analysis> registration = context.registerService(Analysis.class, echo,
                new Hashtable<>(Map.of(Analysis.NAME, "echo")));
        try {
            Http.Response r = http.post("/api/analyze/echo", "{\"x\": \"hello\"}");
            assertEquals(r.body().toString(), 200, r.status());
            assertEquals("hello", r.body().getAsJsonObject().get("echo").getAsString());
            assertTrue(http.get("/api/health").body().toString().contains("\"echo\""));
            // renamed while live: it answers under its new name only
            registration.setProperties(new Hashtable<>(Map.of(Analysis.NAME, "echo2")));
            assertEquals(404, http.post("/api/analyze/echo", "{\"x\": 1}").status());
            assertEquals(200, http.post("/api/analyze/echo2", "{\"x\": 1}").status());
        } finally {
            registration.unregister();
        }
        assertEquals(404, http.post("/api/analyze/echo2", "{}").status());
        assertFalse(http.get("/api/health").body().toString().contains("echo"));
        assertEquals(404, http.post("/api/analyze/eis/more", "{}").status());
        assertEquals(404, http.get("/api/analyze/eis/more").status());
    }

    private static String field(Http.Response r) {
        return r.body().getAsJsonObject().getAsJsonArray("errors").get(0).getAsJsonObject().get("field").getAsString();
    }
}
