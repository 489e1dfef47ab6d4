package dev.dossier.adapters.rest.docs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which Accept headers get the description as YAML. */
class OpenApiFormatFilterTest {

    @Test
    void givenYamlMediaTypes_whenAsked_thenYaml() {
        assertThat(OpenApiFormatFilter.wantsYaml("application/yaml")).isTrue();
        assertThat(OpenApiFormatFilter.wantsYaml("application/x-yaml")).isTrue();
        assertThat(OpenApiFormatFilter.wantsYaml("text/yaml, */*;q=0.1")).isTrue();
        assertThat(OpenApiFormatFilter.wantsYaml("Application/YAML")).isTrue();
    }

    @Test
    void givenJsonOrNothingOrAnything_whenAsked_thenLeftToTheServer() {
        assertThat(OpenApiFormatFilter.wantsYaml(null)).isFalse();
        assertThat(OpenApiFormatFilter.wantsYaml("application/json")).isFalse();
        assertThat(OpenApiFormatFilter.wantsYaml("application/json, application/yaml"))
                .isFalse();
        assertThat(OpenApiFormatFilter.wantsYaml("*/*")).isFalse();
        assertThat(OpenApiFormatFilter.wantsYaml("text/html,application/xhtml+xml"))
                .isFalse();
    }
}
