package dev.dossier.adapters.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {
    @Test
    void givenPlainName_thenQuotedAndPercentEncoded() {
        assertThat(ContentDisposition.attachment("statement 2025.pdf"))
                .isEqualTo("attachment; filename=\"statement 2025.pdf\"; filename*=UTF-8''statement%202025.pdf");
    }

    @Test
    void givenQuotesBackslashesAndNonAscii_thenTheQuotedFormCannotBeBrokenOutOf() {
        String name = "Relevé \"q3\"\\%.pdf";
        String quoted = "filename=\"Relev_ _q3___.pdf\"";
        String encoded = "filename*=UTF-8''Relev%C3%A9%20%22q3%22%5C%25.pdf";

        assertThat(ContentDisposition.attachment(name)).isEqualTo("attachment; " + quoted + "; " + encoded);
    }
}
