package dev.dossier.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.bootstrap.it.ApiClient.Resp;
import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The reviewer console at /console/, used in a real headless Chromium as a reviewer would: signing in, finding an
 * entity, previewing a PDF and an image, verifying and rejecting, the plain-words errors, signing out. Each screen
 * is checked with axe-core and photographed at 1280 and 390 px. One browser for the suite's class.
 */
interface ConsoleApiTests extends ApiTest {
    AtomicReference<ConsoleBrowser> CONSOLE = new AtomicReference<>();
    int IMAGE_WIDTH = 137;
    int IMAGE_HEIGHT = 91;

    @AfterAll
    static void closeConsoleBrowser() {
        ConsoleBrowser browser = CONSOLE.getAndSet(null);
        if (browser != null) {
            browser.close();
        }
    }

    private ConsoleBrowser console() {
        synchronized (CONSOLE) {
            if (CONSOLE.get() == null) {
                CONSOLE.set(ConsoleBrowser.open());
            }
            return CONSOLE.get();
        }
    }

    @Test
    default void consoleAnswersWithAStrictContentSecurityPolicy() {
        for (String path : List.of("/console/", "/console/console.js", "/console/no-such-file.js")) {
            Resp r = api().get(path, null);
            String csp = r.header("Content-Security-Policy");
            assertThat(csp).as(path).isNotNull();
            assertThat(csp)
                    .as(path)
                    .contains("default-src 'none'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval", "http:", "https:", "*", "data:");
            assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }
        Resp page = api().get("/console/", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        // every script of the page is a file of its own, and no element carries a style attribute
        assertThat(page.text()).contains("<script type=\"module\" src=\"/console/console.js\"></script>");
        assertThat(page.text().replace("<script type=\"module\" src=\"/console/console.js\"></script>", ""))
                .doesNotContain("<script", "style=", "<style", "onclick", "javascript:");
        assertThat(api().get("/console/no-such-file.js", null).status()).isEqualTo(404);
        assertThat(api().get("/console/../openapi", null).status()).isIn(200, 400, 404);
        assertThat(api().get("/console/WEB-INF/beans.xml", null).status()).isEqualTo(404);
    }

    @Test
    default void reviewerSignsInPreviewsVerifiesRejectsAndSignsOut() {
        var t = api().newTenant("documents", "review");
        String readOnlyKey =
                api().createKey(t.tenantId(), "reader+" + t.tenantId().substring(0, 8) + "@example.com", "documents");
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String entityName = "Northwind Trading " + suffix;
        String entity = api().createEntity(t.apiKey(), entityName, "company");
        api().createEntity(t.apiKey(), "Acme Holdings " + suffix, "company");
        String soon = LocalDate.now(ZoneOffset.UTC).plusDays(12).toString();
        String passport = upload(t.apiKey(), entity, "passport.pdf", "identification", soon, pdfWithText("PASSPORT"));
        String bill = upload(t.apiKey(), entity, "utility_bill.png", "other", null, png());
        String statement =
                upload(t.apiKey(), entity, "bank_statement.pdf", "bank_statement", "2031-01-31", pdfWithText("BANK"));
        upload(t.apiKey(), entity, "contract.pdf", "contract", null, pdfWithText("CONTRACT"));

        ConsoleBrowser b = console();
        List<String> violations = new ArrayList<>();
        b.load(api().baseUrl() + "/console/");
        b.await(d -> d.findElement(By.id("api-key")).isDisplayed());
        violations.addAll(b.checkScreen("sign-in"));

        // a wrong key is refused in words, and nothing is kept
        signIn(b, "not-a-real-key");
        assertThat(b.awaitText("sign-in-error", "not accepted")).contains("That API key was not accepted");
        assertThat(b.sessionStorage()).isEmpty();

        signIn(b, t.apiKey());
        b.await(d -> d.findElement(By.id("entities-view")).isDisplayed());
        assertThat(b.sessionStorage()).containsValue(t.apiKey());
        assertThat(b.driver().getCurrentUrl()).doesNotContain(t.apiKey());

        b.byId("entity-search").sendKeys("northwind");
        assertThat(b.awaitText("entity-count", "1 of 2")).contains("1 of 2 entities");
        entity(b, entityName).click();
        b.await(d -> d.findElements(By.cssSelector("#documents-body tr")).size() == 4);
        String table = b.byId("documents-table").getText();
        assertThat(table).contains("passport.pdf", "identification", "pending", "bank statement", "31 Jan 2031");
        violations.addAll(b.checkScreen("documents"));

        // the PDF is drawn in the page, from bytes fetched with a link of the console's own
        document(b, "passport.pdf").click();
        b.await(d -> !d.findElements(By.cssSelector("#preview canvas[data-rendered='true']"))
                .isEmpty());
        Object inked = b.js("const c = document.querySelector('#preview canvas');"
                + " const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + " let dark = 0; for (let i = 0; i < px.length; i += 4) { if (px[i] < 128) dark++; }"
                + " return [c.width, c.height, dark];");
        assertThat((List<?>) inked)
                .allSatisfy(n -> assertThat(((Number) n).longValue()).isPositive());
        violations.addAll(b.checkScreen("document"));

        b.byId("verify").click();
        assertThat(b.awaitText("review-message", "Verified.")).isEqualTo("Verified.");
        assertThat(b.awaitText("history", "verified")).contains("pending → verified");
        assertThat(b.byId("detail-facts").getText()).contains("verified");
        assertThat(b.byId("documents-table").getText()).contains("verified");
        assertThat(b.byId("review-form").isDisplayed()).isFalse();
        assertThat(b.byId("review-done").getText()).startsWith("This document is verified");

        // the image at its natural size
        document(b, "utility_bill.png").click();
        b.await(d -> Boolean.TRUE.equals(b.js(
                "const i = document.querySelector('#preview img'); return !!i && i.complete && i.naturalWidth > 0;")));
        assertThat(((Number) b.js("return document.querySelector('#preview img').naturalWidth;")).intValue())
                .isEqualTo(IMAGE_WIDTH);
        assertThat(((Number) b.js("return document.querySelector('#preview img').naturalHeight;")).intValue())
                .isEqualTo(IMAGE_HEIGHT);
        assertThat(b.js("return document.querySelector('#preview img').src;").toString())
                .startsWith("blob:");

        // someone else verified it meanwhile: the console says so in words and shows the new status
        ApiClient.check(api().send("POST", business(entity) + "/" + bill + "/verify", t.apiKey(), null, null), 200);
        b.byId("verify").click();
        assertThat(b.awaitText("review-message", "already been reviewed")).contains("perhaps by someone else");
        b.awaitText("detail-facts", "verified");

        // a reason is required to reject
        document(b, "bank_statement.pdf").click();
        b.await(d -> !d.findElements(By.cssSelector("#preview canvas[data-rendered='true']"))
                .isEmpty());
        b.byId("reject").click();
        assertThat(b.awaitText("review-message", "reason")).contains("Give a reason");
        b.byId("reason").sendKeys("Blurry scan");
        b.byId("reject").click();
        assertThat(b.awaitText("review-message", "Rejected.")).isEqualTo("Rejected.");
        assertThat(b.awaitText("history", "Blurry scan")).contains("pending → rejected");
        assertThat(b.byId("detail-facts").getText()).contains("Blurry scan");
        violations.addAll(b.checkScreen("reviewed", "detail"));

        // both reviews are in the history, in the console and through the API
        document(b, "passport.pdf").click();
        assertThat(b.awaitText("history", "verified")).contains("pending → verified");
        assertThat(history(t.apiKey(), entity, passport)).contains("\"to_status\":\"verified\"");
        assertThat(history(t.apiKey(), entity, statement)).contains("\"reason\":\"Blurry scan\"");

        // filtering by status
        new org.openqa.selenium.support.ui.Select(b.byId("status-filter")).selectByValue("rejected");
        b.await(d -> d.findElements(By.cssSelector("#documents-body tr")).size() == 1);
        assertThat(b.byId("documents-table").getText())
                .contains("bank_statement.pdf")
                .doesNotContain("contract.pdf");
        new org.openqa.selenium.support.ui.Select(b.byId("status-filter")).selectByValue("");

        b.byId("tab-expiring").click();
        b.await(d -> d.findElement(By.id("expiring-table")).isDisplayed());
        assertThat(b.byId("expiring-table").getText())
                .contains("passport.pdf", entityName)
                .doesNotContain("bank_statement.pdf");
        violations.addAll(b.checkScreen("expiring"));

        b.byId("sign-out").click();
        b.await(d -> d.findElement(By.id("api-key")).isDisplayed());
        assertThat(b.sessionStorage()).isEmpty();

        // a key without the review scope: the refusal explained
        // this time by keyboard only: Enter signs in, Tab reaches the entity, with a visible focus ring
        b.byId("api-key").sendKeys(readOnlyKey, Keys.ENTER);
        entity(b, entityName);
        b.await(d -> "entity-search".equals(b.js("return document.activeElement.id;")));
        b.byId("entity-search").sendKeys("northwind", Keys.TAB);
        assertThat(b.js("return document.activeElement.textContent;").toString())
                .contains(entityName);
        assertThat(b.js("return getComputedStyle(document.activeElement).outlineStyle;"))
                .isEqualTo("solid");
        b.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        b.await(d -> d.findElements(By.cssSelector("#documents-body tr")).size() == 4);
        document(b, "contract.pdf").click();
        // the rendered preview moves the form down: a click before that can land beside the button
        b.await(d -> !d.findElements(By.cssSelector("#preview canvas[data-rendered='true']"))
                .isEmpty());
        b.byId("verify").click();
        assertThat(b.awaitText("review-message", "review")).contains("does not have the \"review\" permission");
        violations.addAll(b.checkScreen("forbidden", "review"));
        b.byId("sign-out").click();
        b.await(d -> d.findElement(By.id("api-key")).isDisplayed());
        assertThat(b.sessionStorage()).isEmpty();

        assertThat(violations).as("axe-core: serious or critical violations").isEmpty();
        assertThat(b.browserLog()).as("the browser's log").noneMatch(line -> line.contains("Content Security Policy"));
    }

    private static void signIn(ConsoleBrowser b, String key) {
        WebElement field = b.byId("api-key");
        field.clear();
        field.sendKeys(key);
        b.driver()
                .findElement(By.xpath("//button[normalize-space()='Sign in']"))
                .click();
    }

    private static WebElement entity(ConsoleBrowser b, String name) {
        return b.await(d -> d.findElement(By.xpath("//ul[@id='entity-list']//button[contains(., '" + name + "')]")));
    }

    private static WebElement document(ConsoleBrowser b, String fileName) {
        return b.await(d ->
                d.findElement(By.xpath("//tbody[@id='documents-body']//button[normalize-space()='" + fileName + "']")));
    }

    private static String business(String entity) {
        return "/v1/businesses/" + entity + "/documents";
    }

    private String upload(String key, String entity, String name, String type, String expiry, byte[] content) {
        String userData = expiry == null ? "{}" : "{\"expiry_date\": \"" + expiry + "\"}";
        Resp r = api().upload(business(entity), key, Map.of("type", type, "user_data", userData), name, content);
        JsonObject doc = ApiClient.check(r, 201).json();
        return doc.getString("id");
    }

    private String history(String key, String entity, String doc) {
        return ApiClient.check(api().get(business(entity) + "/" + doc + "/history", key), 200)
                .text();
    }

    /** A one-page PDF with {@code text} written large on it. */
    static byte[] pdfWithText(String text) {
        String stream = "BT /F1 48 Tf 72 640 Td (" + text + ") Tj ET 72 600 m 500 600 l 4 w S";
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
                        + " /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(o -> pdf.append(String.format("%010d 00000 n \n", o)));
        pdf.append("trailer << /Size ")
                .append(objects.size() + 1)
                .append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] png() {
        BufferedImage image = new BufferedImage(IMAGE_WIDTH, IMAGE_HEIGHT, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0xdbeafe));
        g.fillRect(0, 0, IMAGE_WIDTH, IMAGE_HEIGHT);
        g.setColor(new Color(0x1d4ed8));
        g.fillRect(10, 10, IMAGE_WIDTH - 20, 20);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
