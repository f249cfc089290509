package io.interphase.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.interphase.runtime.Features;
import io.interphase.runtime.LaunchOptions;
import io.interphase.runtime.Launcher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.osgi.framework.launch.Framework;

/**
 * The web console in a real headless Chromium (Debian's chromium and chromium-driver, which .ci/run installs), on
 * the workbench booted as {@code workbench start} boots it: open it with its token, compose the SC-20 % nano LLZTO
 * symmetric cell, start its critical-current run, watch it finish and see its plot; drop a material jar into
 * deploy/ and see it listed; give it a measured spectrum and see the fit drawn over the data. A screenshot of each
 * step lands in target/console-screenshots/.
 */
public class ConsoleBrowserIT {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Framework framework;
    private WebDriver browser;
    private Path home;
    private int port;

    @Before
    public void start() throws Exception {
        assertTrue("the browser test needs Debian's chromium and chromium-driver: apt-get install chromium chromium-driver",
                Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER));
        Path dist = Workbench.distribution();
        List<Path> jars = Features.read(dist.resolve("features/workbench.features")).jars(dist.resolve("bundle"));
        home = Files.createDirectories(Path.of(System.getProperty("interphase.scratch"))).resolve("console-" + System.nanoTime());
        port = Workbench.freePort();
        framework = Launcher.start(new LaunchOptions(port, home), jars).framework();
        Http http = new Http(String.valueOf(port));
        assertTrue("never ready", Workbench.await(() -> http.answers("/api/health")
                && http.get("/api/health").body().getAsJsonObject().get("ready").getAsBoolean(), 30_000));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,1400");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
    }

    @After
    public void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (framework != null) {
            framework.stop();
            framework.waitForStop(10_000);
        }
    }

    @Test
    public void composeRunWatchAndSeeAHotDeployedMaterial() throws Exception {
        String token = Files.readString(home.resolve("token")).strip();
        browser.get("http://127.0.0.1:" + port + "/?token=" + token);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(d -> rows(d, "#materials tbody tr") == 8 && !d.findElements(By.cssSelector("#host option")).isEmpty());
        // the token moved from the address into the session, out of the history
        assertTrue(browser.getCurrentUrl(), !browser.getCurrentUrl().contains("token"));
        screenshot("1-opened");

        new Select(browser.findElement(By.id("host"))).selectByValue("soft-carbon");
        new Select(browser.findElement(By.id("filler"))).selectByValue("llzto-nano");
        WebElement fraction = browser.findElement(By.id("fraction"));
        fraction.clear();
        fraction.sendKeys("20");
        new Select(browser.findElement(By.id("protocol"))).selectByValue("ccd");
        wait.until(d -> d.findElement(By.id("effective")).getText().contains("llzto-nano 8.")
                && d.findElement(By.id("effective")).getText().contains("ptfe 5."));
        String recipe = browser.findElement(By.id("recipe")).getAttribute("value");
        assertTrue(recipe, recipe.contains("\"llzto-nano\": \"20 wt%\"") && recipe.contains("\"ptfe\": \"5 wt%\"") && recipe.contains("Ramp from 0.25 mA/cm2"));
        browser.findElement(By.id("check")).click();
        wait.until(d -> d.findElement(By.id("resolved")).getText().startsWith("solver cycling"));
        screenshot("2-composed");

        browser.findElement(By.id("start")).click();
        wait.until(d -> d.findElements(By.cssSelector("#runs tbody td.state-done")).size() == 1);
        wait.until(d -> {
            List<WebElement> plots = d.findElements(By.cssSelector("#run-plots img[alt='voltage.svg']"));
            return !plots.isEmpty() && (Boolean) ((JavascriptExecutor) d).executeScript(
                    "return arguments[0].complete && arguments[0].naturalWidth > 0", plots.get(0));
        });
        String summary = browser.findElement(By.id("run-summary")).getText();
        assertTrue(summary, summary.contains("ccd_mA_cm2"));
        screenshot("3-run-done");

        Files.copy(Path.of(System.getProperty("interphase.hotMaterial")), home.resolve("deploy").resolve("hot-material.jar"));
        wait.until(d -> d.findElement(By.id("materials")).getText().contains("itest-hot"));
        assertEquals(9, rows(browser, "#materials tbody tr"));
        screenshot("4-material-deployed");

        // a measured spectrum given to the page is fitted, the fit drawn over the data
        WebElement circuit = browser.findElement(By.id("circuit"));
        circuit.clear();
        circuit.sendKeys("L0-R0-p(R1,CPE1)-p(R2,CPE2)-W1");
        browser.findElement(By.id("file")).sendKeys(
                Path.of(System.getProperty("interphase.measured"), "li-ion-cell-eis.csv").toRealPath().toString());
        wait.until(d -> d.findElements(By.cssSelector("#analysis-result svg.nyquist circle")).size() > 10
                && !d.findElements(By.cssSelector("#analysis-result svg.nyquist polyline")).isEmpty());
        assertTrue(browser.findElement(By.id("analysis-result")).getText().contains("R0"));
        ((JavascriptExecutor) browser).executeScript("document.getElementById('analyse-section').scrollIntoView()");
        screenshot("5-spectrum-fitted");
    }

    private static int rows(WebDriver d, String css) {
        return d.findElements(By.cssSelector(css)).size();
    }

    private void screenshot(String name) throws Exception {
        Path dir = Files.createDirectories(Path.of(System.getProperty("interphase.screenshots")));
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
