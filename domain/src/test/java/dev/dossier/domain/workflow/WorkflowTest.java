package dev.dossier.domain.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.document.VerificationStatus;
import dev.dossier.domain.entity.EntityId;
import dev.dossier.domain.shared.InvalidValueException;
import dev.dossier.domain.tenant.TenantId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WorkflowTest {
    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

    private static Workflow workflow() {
        return Workflow.create(TenantId.generate(), EntityId.generate(), WorkflowType.BUSINESS_APPLICATION, T0);
    }

    @Test
    void givenCompletedWorkflow_whenRequirementsOrFulfillmentsAreAdded_thenRefused() {
        Workflow w = workflow();
        RequiredDocument r = RequiredDocument.create(w, "PASSPORT", "Passport", null, T0);
        w.complete(T0.plusSeconds(1));
        w.complete(T0.plusSeconds(2));

        assertThat(w.status()).isEqualTo(WorkflowStatus.COMPLETED);
        assertThat(w.updatedAt()).isEqualTo(T0.plusSeconds(1));
        assertThatThrownBy(() -> Fulfillment.create(w, r.id(), DocumentId.generate(), T0))
                .isInstanceOf(WorkflowCompletedException.class);
        assertThatThrownBy(() -> RequiredDocument.create(w, "ID", "Id", null, T0))
                .isInstanceOf(WorkflowCompletedException.class);
    }

    @Test
    void givenRequirementFields_whenInvalid_thenTheFieldIsNamed() {
        Workflow w = workflow();
        assertThatThrownBy(() -> RequiredDocument.create(w, "passport", "Passport", null, T0))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("document_type_code");
        assertThatThrownBy(() -> RequiredDocument.create(w, "PASSPORT", " ", null, T0))
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("name");
        assertThat(RequiredDocument.create(w, "BANK_STATEMENT_3M", "Statement", " ", T0)
                        .requirementText())
                .isNull();
    }

    @Test
    void givenReviewStatuses_thenDecisionStatusFollowsThem() {
        assertThat(DecisionStatus.of(VerificationStatus.PENDING)).isEqualTo(DecisionStatus.PENDING);
        assertThat(DecisionStatus.of(VerificationStatus.VERIFIED)).isEqualTo(DecisionStatus.APPROVED);
        assertThat(DecisionStatus.of(VerificationStatus.EXPIRED)).isEqualTo(DecisionStatus.APPROVED);
        assertThat(DecisionStatus.of(VerificationStatus.REJECTED)).isEqualTo(DecisionStatus.REJECTED);
    }
}
