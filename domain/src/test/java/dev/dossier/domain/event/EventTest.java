package dev.dossier.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.document.FileName;
import dev.dossier.domain.document.StorageKey;
import dev.dossier.domain.document.StoredFile;
import dev.dossier.domain.entity.EntityId;
import dev.dossier.domain.tenant.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventTest {
    @Test
    void givenAnEventId_whenWrittenAndParsed_thenTheSameIdWithItsPrefix() {
        EventId id = EventId.generate();

        assertThat(id.wire()).startsWith("evt_").hasSize(4 + 22);
        assertThat(EventId.parse(id.wire())).isEqualTo(id);
        assertThatThrownBy(() -> EventId.parse("evt_!")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenWireNames_whenLookedUp_thenEveryTypeIsFoundAndNothingElse() {
        for (EventType type : EventType.values()) {
            assertThat(EventType.fromWireName(type.wireName())).contains(type);
        }
        assertThat(EventType.fromWireName("document.created")).contains(EventType.DOCUMENT_CREATED);
        assertThat(EventType.fromWireName("document.*")).isEmpty();
        assertThat(EventType.fromWireName(null)).isEmpty();
    }

    @Test
    void givenData_whenAnEventIsMade_thenItKeepsTheOrderAndCannotBeChangedAfterwards() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("document_id", "d1");
        data.put("expiry_date", null);
        DomainEvent event = DomainEvent.of(TenantId.generate(), EventType.DOCUMENT_CREATED, Instant.EPOCH, data);
        data.put("later", "x");

        assertThat(event.data().keySet()).containsExactly("document_id", "expiry_date");
        assertThatThrownBy(() -> event.data().put("y", "z")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void givenADocumentOfAnEntity_whenReported_thenTheDataHoldsIdsTypesStatusAndDatesButNoFileName() {
        TenantId tenant = TenantId.generate();
        EntityId entity = EntityId.generate();
        Document document = Document.upload(
                DocumentId.generate(),
                tenant,
                DocumentOwner.entity(entity),
                new StoredFile(
                        FileName.sanitize("jane-doe-passport.pdf"),
                        "application/pdf",
                        10,
                        "a".repeat(64),
                        StorageKey.generate(tenant)),
                "Passport",
                null,
                "jane@example.com",
                LocalDate.parse("2030-01-31"),
                Instant.parse("2026-12-05T10:00:00Z"));

        DomainEvent event =
                DocumentEvents.of(EventType.DOCUMENT_CREATED, document, Instant.parse("2026-12-05T10:00:01Z"));

        assertThat(event.tenantId()).isEqualTo(tenant);
        assertThat(event.data())
                .containsExactly(
                        Map.entry("document_id", document.id().value().toString()),
                        Map.entry("entity_id", entity.value().toString()),
                        Map.entry("document_type", "Passport"),
                        Map.entry("classification", document.classification().wireName()),
                        Map.entry("status", "pending"),
                        Map.entry("expiry_date", "2030-01-31"));
        assertThat(event.data().values()).noneMatch(v -> v != null && (v.contains("jane") || v.contains(".pdf")));
    }
}
