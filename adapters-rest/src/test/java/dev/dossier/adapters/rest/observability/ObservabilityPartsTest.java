package dev.dossier.adapters.rest.observability;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ObservabilityPartsTest {
    @Path("/api/v1/documents/")
    static class Sample {
        @GET
        @Path("{id: [a-z0-9-]+}/download/")
        public void download() {}

        @GET
        public void list() {}
    }

    @Test
    void routeIsTheJoinedTemplate_withoutRegularExpressionsOrTrailingSlash() throws Exception {
        assertThat(RouteRecorder.templateOf(Sample.class, Sample.class.getMethod("download")))
                .isEqualTo("/api/v1/documents/{id}/download");
        assertThat(RouteRecorder.templateOf(Sample.class, Sample.class.getMethod("list")))
                .isEqualTo("/api/v1/documents");
        assertThat(RouteRecorder.templateOf(null, null)).isNull();
    }

    @Test
    void requestIdIsEchoedOnlyWhenSafe() {
        assertThat(RequestIds.of("abc-1.2_3")).isEqualTo("abc-1.2_3");
        assertThat(RequestIds.of("a".repeat(64))).isEqualTo("a".repeat(64));
        for (String unsafe : new String[] {null, "", "a".repeat(65), "two words", "x\r\ny", "<script>"}) {
            assertThat(RequestIds.of(unsafe)).matches("[0-9a-f-]{36}");
        }
    }

    @Test
    void metricsTokenAdmitsOnlyTheBearerToken_andEveryoneWhenUnset() {
        MetricsToken token = MetricsToken.of(Optional.of("s3cret"));
        assertThat(token.admits("Bearer s3cret")).isTrue();
        assertThat(token.admits("bearer s3cret")).isTrue();
        assertThat(token.admits("Bearer s3cre")).isFalse();
        assertThat(token.admits("Basic s3cret")).isFalse();
        assertThat(token.admits(null)).isFalse();
        assertThat(token.toString()).doesNotContain("s3cret");
        assertThat(MetricsToken.of(Optional.empty()).admits(null)).isTrue();
        assertThat(MetricsToken.of(Optional.of(" ")).isRequired()).isFalse();
    }
}
