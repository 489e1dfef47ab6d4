package dev.dossier.bootstrap.it;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium (Debian's, driven through its ChromeDriver) and the page it runs scripts in, served from
 * the test JVM on the port Failsafe reserved for it ({@code dossier.it.browser.port}). The page at
 * {@link #allowedOrigin()} is the origin the servers under test allow in DOSSIER_CORS_ALLOWED_ORIGINS; the same page
 * at {@link #otherOrigin()} ({@code localhost} instead of {@code 127.0.0.1}) is another origin to the browser.
 *
 * <p>The page has the {@code fileInput} of the references' examples and records what they log ({@code console.log},
 * {@code console.error}) in a list and on the page. One browser for a test class: {@link #open()}, then
 * {@link #close()} after the class; a JVM exit closes what is still open.
 */
public final class Browser implements AutoCloseable {
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(30);

    /**
     * Selenium's notes that it has no DevTools bindings for this Chromium version: nothing here uses them. Held here:
     * java.util.logging forgets levels set on loggers nobody references.
     */
    private static final List<Logger> QUIET = Stream.of("org.openqa.selenium.devtools", "org.openqa.selenium.chromium")
            .map(name -> {
                Logger logger = Logger.getLogger(name);
                logger.setLevel(Level.SEVERE);
                return logger;
            })
            .toList();

    private static final String PAGE = """
            <!doctype html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Dossier from a browser</title>
            <style>body { font: 14px sans-serif; margin: 16px; } pre { white-space: pre-wrap; word-break: break-all; }
            .error { color: #b00020; }</style></head>
            <body>
            <h1>Dossier from a browser</h1>
            <p>This page's origin: <b id="origin"></b></p>
            <p><label>File <input type="file" id="fileInput"></label></p>
            <h2>Console</h2>
            <pre id="log"></pre>
            <script>
            document.getElementById('origin').textContent = location.origin;
            var fileInput = document.getElementById('fileInput');
            window.__logged = [];
            function __record(kind, args) {
              var values = Array.from(args).map(function (a) {
                if (a instanceof Error) { return a.name + ': ' + a.message; }
                return typeof a === 'object' ? JSON.parse(JSON.stringify(a)) : a;
              });
              window.__logged.push({kind: kind, values: values});
              var line = document.createElement('div');
              line.className = kind;
              line.textContent = kind + ': ' + values.map(function (v) {
                return typeof v === 'string' ? v : JSON.stringify(v);
              }).join(' ');
              document.getElementById('log').appendChild(line);
            }
            console.log = function () { __record('log', arguments); };
            console.error = function () { __record('error', arguments); };
            </script>
            </body>
            </html>
            """;

    private final int port;
    private final Path dir;
    private final HttpServer pages;
    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Thread onExit;
    private boolean closed;

    private Browser(int port, Path dir, HttpServer pages, ChromeDriverService service, ChromeDriver driver) {
        this.port = port;
        this.dir = dir;
        this.pages = pages;
        this.service = service;
        this.driver = driver;
        this.onExit = new Thread(this::quit, "browser-on-exit");
        Runtime.getRuntime().addShutdownHook(onExit);
    }

    /** Starts the page server and the browser. */
    public static Browser open() {
        int port = Integer.getInteger("dossier.it.browser.port");
        Path dir;
        try {
            dir = Files.createTempDirectory(Path.of(System.getProperty("dossier.it.dir")), "browser");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpServer pages = servePage(port);
        ChromeDriverService service = null;
        try {
            service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new java.io.File(CHROMEDRIVER))
                    .usingAnyFreePort()
                    .withLogFile(dir.resolve("chromedriver.log").toFile())
                    .build();
            ChromeOptions options = new ChromeOptions()
                    .setBinary(CHROMIUM)
                    .addArguments(
                            "--headless=new",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-dev-shm-usage",
                            // without these Chromium keeps calling Google's hosts, which this closed network refuses
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--disable-quic",
                            "--no-first-run",
                            "--no-default-browser-check",
                            "--window-size=1100,900",
                            "--user-data-dir=" + dir.resolve("profile"));
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(SCRIPT_TIMEOUT);
            return new Browser(port, dir, pages, service, driver);
        } catch (RuntimeException e) {
            if (service != null) {
                service.stop();
            }
            pages.stop(0);
            throw e;
        }
    }

    private static HttpServer servePage(int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            byte[] page = PAGE.getBytes(StandardCharsets.UTF_8);
            server.createContext("/", exchange -> {
                try (exchange) {
                    if (!exchange.getRequestURI().getPath().equals("/")) {
                        exchange.sendResponseHeaders(404, -1);
                        return;
                    }
                    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                    exchange.getResponseHeaders().set("Cache-Control", "no-store");
                    exchange.sendResponseHeaders(200, page.length);
                    exchange.getResponseBody().write(page);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve the test page on port " + port, e);
        }
    }

    /** The origin the servers under test allow. */
    public String allowedOrigin() {
        return "http://127.0.0.1:" + port;
    }

    /** The same page on an origin no server under test allows. */
    public String otherOrigin() {
        return "http://localhost:" + port;
    }

    /** Opens the page fresh (nothing logged, no file chosen) at {@code origin}. */
    public Browser load(String origin) {
        driver.get(origin + "/");
        return this;
    }

    /** Chooses {@code file} in the page's {@code fileInput}, as a user picking it would. */
    public Browser choose(Path file) {
        driver.findElement(By.id("fileInput")).sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    /**
     * Runs {@code code} in the page as the body of an async function, as a script of the page would, and waits for
     * it. The result: {@code error} (the thrown error as {@code "Name: message"}) or null, and {@code logged}, what
     * the code logged, each entry {@code {"kind": "log" | "error", "values": [...]}}.
     */
    public JsonObject run(String code) {
        Object result = ((JavascriptExecutor) driver)
                .executeAsyncScript("const __done = arguments[arguments.length - 1];\n"
                        + "window.__logged = [];\n"
                        + "(async () => {\n" + code + "\n})().then(\n"
                        + "  () => __done(JSON.stringify({error: null, logged: window.__logged})),\n"
                        + "  e => __done(JSON.stringify({error: e instanceof Error ? e.name + ': ' + e.message"
                        + " : String(e), logged: window.__logged})));");
        return Json.createReader(new StringReader(String.valueOf(result))).readObject();
    }

    /**
     * What the page logged since the last {@link #run}, once there are {@code n} entries or one is an error (or the
     * timeout passed): for code whose work goes on after it returns, such as a {@code fetch(...).then(...)}.
     */
    public JsonArray awaitLogged(int n, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            Object text = ((JavascriptExecutor) driver).executeScript("return JSON.stringify(window.__logged);");
            JsonArray logged =
                    Json.createReader(new StringReader(String.valueOf(text))).readArray();
            boolean failed = logged.stream()
                    .anyMatch(e -> "error".equals(e.asJsonObject().getString("kind")));
            if (logged.size() >= n || failed || Instant.now().isAfter(deadline)) {
                return logged;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return logged;
            }
        }
    }

    /** The first value of each logged entry, parsed back (objects as JSON objects). */
    public static List<JsonValue> firstValues(JsonArray logged) {
        return logged.stream()
                .map(entry -> entry.asJsonObject().getJsonArray("values").get(0))
                .toList();
    }

    /** A screenshot of the page as it is now, kept as {@code <name>.png} under the integration tests' directory. */
    public Path screenshot(String name) {
        Path file = Path.of(System.getProperty("dossier.it.dir"), "screenshots", name + ".png");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Quits the browser and its driver, stops the page server and removes the profile. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(onExit);
        } catch (IllegalStateException exiting) {
            // the hook runs anyway
        }
        quit();
    }

    private synchronized void quit() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            driver.quit();
        } catch (RuntimeException e) {
            // already gone
        }
        service.stop();
        pages.stop(0);
        // the profile goes; chromedriver.log stays beside it
        try (Stream<Path> files = Files.walk(dir.resolve("profile"))) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover profile under target/ is harmless
        }
    }
}
