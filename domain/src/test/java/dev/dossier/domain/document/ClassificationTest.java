package dev.dossier.domain.document;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.domain.entity.EntityId;
import org.junit.jupiter.api.Test;

class ClassificationTest {

    @Test
    void givenOwner_thenDefaultClassificationFollowsTheContract() {
        assertThat(Classification.defaultFor(DocumentOwner.library())).isEqualTo(Classification.TENANT_PRIVATE);
        assertThat(Classification.defaultFor(DocumentOwner.entity(EntityId.generate())))
                .isEqualTo(Classification.ENTITY_PRIVATE);
    }

    @Test
    void givenWireName_thenParsedExactly_andUnknownIsEmpty() {
        assertThat(Classification.fromWireName("tenant_private")).contains(Classification.TENANT_PRIVATE);
        assertThat(Classification.fromWireName("entity_private")).contains(Classification.ENTITY_PRIVATE);
        assertThat(Classification.fromWireName("shared")).contains(Classification.SHARED);
        assertThat(Classification.fromWireName("confidential")).contains(Classification.CONFIDENTIAL);
        assertThat(Classification.fromWireName("secret")).isEmpty();
        assertThat(Classification.fromWireName("")).isEmpty();
        assertThat(Classification.fromWireName(null)).isEmpty();
        assertThat(Classification.allowedWireNames()).isEqualTo("tenant_private, entity_private, shared, confidential");
    }
}
