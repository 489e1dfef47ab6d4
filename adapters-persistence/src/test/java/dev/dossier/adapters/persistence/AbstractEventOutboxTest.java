package dev.dossier.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.domain.document.Document;
import dev.dossier.domain.event.DocumentEvents;
import dev.dossier.domain.event.DomainEvent;
import dev.dossier.domain.event.EventType;
import dev.dossier.domain.tenant.Tenant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Contract of {@link JpaEventOutbox}, run on every database. */
abstract class AbstractEventOutboxTest extends PersistenceContractTest {

    @Test
    void givenCommittedTransaction_whenEventPublished_thenItsRowHoldsTheBodyToSend() {
        Tenant tenant = givenTenant();
        Document document = givenLibraryDocument(tenant);
        DomainEvent event = DocumentEvents.of(EventType.DOCUMENT_CREATED, document, T0);

        inTx(() -> new JpaEventOutbox(em).publish(event));

        List<?> rows = em.createNativeQuery(
                        "SELECT tenant_id, event_type, body, fanned_out FROM webhook_event WHERE id = ?1")
                .setParameter(1, event.id().value())
                .getResultList();
        assertThat(rows).hasSize(1);
        Object[] row = (Object[]) rows.get(0);
        assertThat(row[0].toString()).isEqualTo(tenant.id().value().toString());
        assertThat(row[1]).isEqualTo("document.created");
        assertThat(row[2].toString())
                .startsWith("{\"id\":\"" + event.id().wire() + "\",\"type\":\"document.created\"")
                .contains("\"document_id\":\"" + document.id().value() + "\"")
                .doesNotContain("scan.pdf");
        assertThat(row[3]).isEqualTo(Boolean.FALSE);
    }

    @Test
    void givenRolledBackTransaction_whenEventPublished_thenNoEventIsLeft() {
        Tenant tenant = givenTenant();
        Document document = givenLibraryDocument(tenant);
        DomainEvent event = DocumentEvents.of(EventType.DOCUMENT_DELETED, document, T0);

        assertThatThrownBy(() -> inTx(() -> {
                    new JpaEventOutbox(em).publish(event);
                    throw new IllegalStateException("the change failed");
                }))
                .hasMessage("the change failed");

        Number left = (Number) em.createNativeQuery("SELECT COUNT(*) FROM webhook_event WHERE tenant_id = ?1")
                .setParameter(1, tenant.id().value())
                .getSingleResult();
        assertThat(left.longValue()).isZero();
    }
}
