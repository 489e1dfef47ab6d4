package dev.dossier.adapters.rest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CorsPolicyTest {
    @Test
    void givenNoSetting_thenNoOriginIsAllowed() {
        assertThat(CorsPolicy.parse(null)).isEqualTo(CorsPolicy.NONE);
        assertThat(CorsPolicy.parse("  ")).isEqualTo(CorsPolicy.NONE);
        assertThat(CorsPolicy.parse(" , ")).isEqualTo(CorsPolicy.NONE);
        assertThat(CorsPolicy.NONE.isNone()).isTrue();
        assertThat(CorsPolicy.NONE.allows("https://app.example.com")).isFalse();
    }

    @Test
    void givenStar_thenEveryOriginIsAllowed_evenBesideAList() {
        CorsPolicy any = CorsPolicy.parse("https://app.example.com, *");

        assertThat(any).isEqualTo(CorsPolicy.ANY);
        assertThat(any.isNone()).isFalse();
        assertThat(any.allows("http://localhost:3000")).isTrue();
        assertThat(any.allows("null")).isTrue();
        assertThat(any.allows(null)).isFalse();
    }

    @Test
    void givenAList_thenOriginsAreKeptAsBrowsersSendThem() {
        CorsPolicy policy = CorsPolicy.parse(" HTTPS://App.Example.com/ ,http://127.0.0.1:5173,https://b.example:443");

        assertThat(policy.origins())
                .containsExactlyInAnyOrder("https://app.example.com", "http://127.0.0.1:5173", "https://b.example");
        assertThat(policy.allows("https://app.example.com")).isTrue();
        assertThat(policy.allows("http://127.0.0.1:5173")).isTrue();
        assertThat(policy.allows("https://b.example")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://app.example.com",
                "https://app.example.com:8443",
                "https://app.example.com.evil.example",
                "https://evil.example",
                "http://localhost:5173",
                "http://127.0.0.1:5174",
                "null",
                ""
            })
    void givenAList_thenOtherOriginsAreNot(String origin) {
        CorsPolicy policy = CorsPolicy.parse("https://app.example.com,http://127.0.0.1:5173");

        assertThat(policy.allows(origin)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"app.example.com", "https://app.example.com/app", "ftp://files.example", "https://", "http://a b"
            })
    void givenAnEntryThatIsNoOrigin_thenRefusedNamingTheSettingAndTheEntry(String entry) {
        assertThatThrownBy(() -> CorsPolicy.parse("https://ok.example, " + entry))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("DOSSIER_CORS_ALLOWED_ORIGINS: \"" + entry + "\"");
    }
}
