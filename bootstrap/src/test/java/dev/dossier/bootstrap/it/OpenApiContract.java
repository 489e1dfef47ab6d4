package dev.dossier.bootstrap.it;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks every request the API suite makes, and the answer to it, against the OpenAPI document the server serves
 * (Atlassian's swagger-request-validator): a request or an answer the document does not describe fails the test
 * that made it, with the violations listed. A request a test makes invalid on purpose is sent through
 * {@link ApiClient#outsideContract()}: its answer is still checked, its request not.
 */
final class OpenApiContract {
    /** Where the tests ask for a path that no API has. */
    static final String UNKNOWN_PATH = "/no-such-path";

    /**
     * Pages outside the API description: the description itself, Swagger UI's assets, the reviewer console's files,
     * the health checks.
     */
    private static final List<String> UNDESCRIBED =
            List.of("/openapi", "/docs/", "/console/", "/health", "/metrics", UNKNOWN_PATH);

    private final OpenApiInteractionValidator validator;

    private OpenApiContract(String document) {
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(document)
                .build();
    }

    /** The contract of the document served at {@code /openapi} (as JSON). */
    static OpenApiContract served(ApiClient.Resp document) {
        if (document.status() != 200) {
            throw new AssertionError("GET /openapi answered " + document.status());
        }
        return new OpenApiContract(document.text());
    }

    static boolean describes(String path) {
        return UNDESCRIBED.stream().noneMatch(path::startsWith);
    }

    /** Throws an AssertionError listing the violations, if any. */
    void check(
            String method,
            URI uri,
            Map<String, List<String>> requestHeaders,
            byte[] requestBody,
            ApiClient.Resp response,
            boolean requestChecked) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(method, uri.getRawPath());
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                request.withQueryParam(name, eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        requestHeaders.forEach(request::withHeader);
        if (requestBody != null && requestBody.length > 0) {
            request.withBody(requestBody);
        }
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.status());
        response.headers().forEach((name, values) -> {
            if (name != null && !name.equals(":status")) {
                answer.withHeader(name, values);
            }
        });
        if (response.body().length > 0) {
            answer.withBody(response.body());
        }
        Request built = request.build();
        ValidationReport report = requestChecked
                ? validator.validate(built, answer.build())
                : validator.validateResponse(uri.getRawPath(), built.getMethod(), answer.build());
        // a request outside the contract may name no described operation at all (an unknown route or method)
        List<ValidationReport.Message> violations = report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .filter(m -> requestChecked || !m.getKey().startsWith("validation.request."))
                .filter(m -> !emptyValueAllowed(m, built))
                .toList();
        if (!violations.isEmpty()) {
            throw new AssertionError("OpenAPI violations of " + method + " " + uri.getRawPath() + " -> "
                    + response.status() + ":\n"
                    + violations.stream()
                            .map(m -> "  " + m.getKey() + ": " + m.getMessage())
                            .collect(Collectors.joining("\n")));
        }
    }

    /**
     * The validator reports an empty value of a non-string query parameter ({@code page_size=}) as missing, even
     * when the document allows it ({@code allowEmptyValue}, the API reading it as absent): only that report is
     * dropped, for a parameter that allows it and was sent empty.
     */
    private static boolean emptyValueAllowed(ValidationReport.Message m, Request request) {
        return m.getKey().equals("validation.request.parameter.missing")
                && m.getContext()
                        .flatMap(ValidationReport.MessageContext::getParameter)
                        .filter(p -> "query".equals(p.getIn()) && Boolean.TRUE.equals(p.getAllowEmptyValue()))
                        .map(p -> request.getQueryParameterValues(p.getName()).stream()
                                .anyMatch(String::isEmpty))
                        .orElse(false);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
