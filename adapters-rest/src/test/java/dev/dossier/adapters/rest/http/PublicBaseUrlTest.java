package dev.dossier.adapters.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicBaseUrlTest {
    @Test
    void givenTrailingSlashes_thenTheyAreDropped_andPathsJoinWithOneSlash() {
        PublicBaseUrl base = new PublicBaseUrl("https://dossier.example//");

        assertThat(base.value()).isEqualTo("https://dossier.example");
        assertThat(base.resolve("/api/v1/files/t/")).isEqualTo("https://dossier.example/api/v1/files/t/");
        assertThat(base.resolve("direct-uploads")).isEqualTo("https://dossier.example/direct-uploads");
    }
}
