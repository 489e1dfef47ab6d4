package dev.dossier.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.application.port.out.QuestionnaireResponseRepository;
import dev.dossier.domain.response.FileQuestion;
import dev.dossier.domain.response.QuestionnaireResponse;
import dev.dossier.domain.response.ResponseStatus;
import dev.dossier.domain.tenant.Tenant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** Contract of {@link QuestionnaireResponseRepository}, run on every database. */
abstract class AbstractQuestionnaireResponseRepositoryTest extends PersistenceContractTest {

    private QuestionnaireResponseRepository repository() {
        return new JpaQuestionnaireResponseRepository(em);
    }

    @Test
    void givenSavedResponse_whenRead_thenEveryFieldAndTheQuestionOrderRoundTrip() {
        Tenant tenant = givenTenant();
        QuestionnaireResponse response = givenQuestionnaireResponse(tenant);

        QuestionnaireResponse read =
                repository().findById(tenant.id(), response.id()).orElseThrow();
        assertThat(read.entityId()).isEqualTo(response.entityId());
        assertThat(read.status()).isEqualTo(ResponseStatus.DRAFT);
        assertThat(read.createdAt()).isEqualTo(T0.truncatedTo(ChronoUnit.MICROS));
        assertThat(read.submittedAt()).isEmpty();
        assertThat(read.fileQuestions())
                .containsExactly(
                        new FileQuestion(1, "Bank Statement"),
                        new FileQuestion(2, "Passport"),
                        new FileQuestion(7, "Tax Return"));
    }

    @Test
    void givenResponse_whenSubmittedAndSaved_thenStatusAndTimeKept() {
        Tenant tenant = givenTenant();
        QuestionnaireResponse response = givenQuestionnaireResponse(tenant);
        response.submit(T0.plusSeconds(60));
        inTx(() -> repository().save(response));

        QuestionnaireResponse read =
                repository().findById(tenant.id(), response.id()).orElseThrow();
        assertThat(read.status()).isEqualTo(ResponseStatus.SUBMITTED);
        assertThat(read.submittedAt()).contains(T0.plusSeconds(60).truncatedTo(ChronoUnit.MICROS));
        assertThat(read.fileQuestions()).hasSize(3);
    }

    @Test
    void givenResponse_whenReadByAnotherTenant_thenEmpty() {
        Tenant tenant = givenTenant();
        QuestionnaireResponse response = givenQuestionnaireResponse(tenant);
        assertThat(repository().findById(givenTenant().id(), response.id())).isEmpty();
    }
}
