package dev.dossier.bootstrap.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium on the reviewer console of the server under test, launched as {@link Browser} launches
 * it, with what the console's tests need beyond it: waits, screenshots at the two widths the console is made for,
 * axe-core's accessibility check run in the page, and the browser's own log (where CSP violations show).
 */
final class ConsoleBrowser implements AutoCloseable {
    static final int WIDE = 1280;
    static final int NARROW = 390;
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final Path dir;
    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final List<String> browserLog = new ArrayList<>();

    private ConsoleBrowser(Path dir, ChromeDriverService service, ChromeDriver driver) {
        this.dir = dir;
        this.service = service;
        this.driver = driver;
    }

    static ConsoleBrowser open() {
        Path dir;
        try {
            dir = Files.createTempDirectory(Path.of(System.getProperty("dossier.it.dir")), "console-browser");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(CHROMEDRIVER))
                .usingAnyFreePort()
                .withLogFile(dir.resolve("chromedriver.log").toFile())
                .build();
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--disable-quic",
                        "--no-first-run",
                        "--no-default-browser-check",
                        "--hide-scrollbars",
                        "--window-size=" + WIDE + ",900",
                        "--user-data-dir=" + dir.resolve("profile"));
        options.setCapability("goog:loggingPrefs", logs);
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            return new ConsoleBrowser(dir, service, driver);
        } catch (RuntimeException e) {
            service.stop();
            throw e;
        }
    }

    WebDriver driver() {
        return driver;
    }

    ConsoleBrowser load(String url) {
        driver.get(url);
        return this;
    }

    WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    <T> T await(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .pollingEvery(Duration.ofMillis(100))
                .until(condition);
    }

    /** Waits until {@code id}'s text contains {@code text}, and answers the text. */
    String awaitText(String id, String text) {
        try {
            await(d -> d.findElement(By.id(id)).getText().contains(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("failure");
            throw new AssertionError(
                    "#" + id + " never showed \"" + text + "\"; it shows \"" + byId(id).getText()
                            + "\"; the browser logged " + browserLog(),
                    e);
        }
        return byId(id).getText();
    }

    void width(int width) {
        driver.manage().window().setSize(new Dimension(width, width == NARROW ? 844 : 900));
    }

    /**
     * Checks the screen as it is at both widths with axe-core (answers its serious and critical violations) and
     * keeps a screenshot of each as {@code <name>-<width>.png}; the window is left wide.
     */
    List<String> checkScreen(String name) {
        return checkScreen(name, null);
    }

    /** As {@link #checkScreen(String)}, with the element {@code id} scrolled into view at each width. */
    List<String> checkScreen(String name, String id) {
        List<String> violations = new ArrayList<>();
        for (int width : new int[] {NARROW, WIDE}) {
            width(width);
            if (id != null) {
                js("document.getElementById(arguments[0]).scrollIntoView({block: 'start'});", id);
            }
            violations.addAll(axe().stream().map(v -> width + "px " + v).toList());
            screenshot(name + "-" + width);
        }
        return violations;
    }

    Path screenshot(String name) {
        Path file = Path.of(System.getProperty("dossier.it.console.screenshots"), name + ".png");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** axe-core's serious and critical violations on the page as it is now, one line each. */
    @SuppressWarnings("unchecked")
    List<String> axe() {
        if (js("return typeof window.axe").equals("undefined")) {
            try {
                js(Files.readString(Path.of(System.getProperty("dossier.it.axe"))));
            } catch (IOException e) {
                throw new UncheckedIOException("axe-core is missing: scripts/test.sh installs it into .tools/axe", e);
            }
        }
        Object result = ((JavascriptExecutor) driver)
                .executeAsyncScript("const done = arguments[arguments.length - 1];\n"
                        + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations\n"
                        + "  .filter(v => v.impact === 'serious' || v.impact === 'critical')\n"
                        + "  .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at '\n"
                        + "    + v.nodes.map(n => n.target.join(' ')).join(', '))),\n"
                        + "  e => done(['axe failed: ' + e]));");
        return (List<String>) result;
    }

    /** What the browser logged so far (errors, CSP violations), kept across calls. */
    List<String> browserLog() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            browserLog.add(entry.getLevel() + " " + entry.getMessage());
        }
        return List.copyOf(browserLog);
    }

    Map<String, Object> sessionStorage() {
        @SuppressWarnings("unchecked")
        Map<String, Object> items = (Map<String, Object>) js("const o = {};"
                + " for (let i = 0; i < sessionStorage.length; i++) {"
                + "   const k = sessionStorage.key(i); o[k] = sessionStorage.getItem(k); }"
                + " return o;");
        return items;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } catch (RuntimeException e) {
            // already gone
        }
        service.stop();
        try (Stream<Path> files = Files.walk(dir.resolve("profile"))) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover profile under target/ is harmless
        }
    }
}
