package dev.dossier.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class S3SettingsTest {
    @Test
    void givenBlankRegion_whenCreated_thenRegionIsLeftToTheServer() {
        assertThat(new S3Settings("http://s3:9000", " ", "key", "secret", "bucket").region())
                .isNull();
    }

    @Test
    void givenValuesWithSurroundingBlanks_whenCreated_thenTheyAreStripped() {
        S3Settings settings = new S3Settings(" http://s3:9000 ", " eu-west-1 ", " key ", "secret", " bucket ");

        assertThat(settings.endpoint()).isEqualTo("http://s3:9000");
        assertThat(settings.region()).isEqualTo("eu-west-1");
        assertThat(settings.accessKey()).isEqualTo("key");
        assertThat(settings.bucket()).isEqualTo("bucket");
    }

    @Test
    void givenBlankEndpointOrBucket_whenCreated_thenRefused() {
        assertThatThrownBy(() -> new S3Settings("", null, "key", "secret", "bucket"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("endpoint");
        assertThatThrownBy(() -> new S3Settings("http://s3:9000", null, "key", "secret", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bucket");
    }

    @Test
    void givenSettings_whenPrinted_thenTheSecretKeyIsMasked() {
        String printed = new S3Settings("http://s3:9000", null, "key", "very-secret", "bucket").toString();

        assertThat(printed)
                .doesNotContain("very-secret")
                .contains("secretKey=****")
                .contains("bucket=bucket");
    }
}
