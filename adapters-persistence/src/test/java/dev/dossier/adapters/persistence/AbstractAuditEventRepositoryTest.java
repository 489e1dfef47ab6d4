package dev.dossier.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.application.paging.KeysetPosition;
import dev.dossier.application.paging.KeysetRequest;
import dev.dossier.application.port.in.audit.AuditTrailVerification;
import dev.dossier.application.port.out.AuditEventRepository;
import dev.dossier.application.service.audit.VerifyAuditTrailService;
import dev.dossier.domain.audit.AuditAction;
import dev.dossier.domain.audit.AuditChain;
import dev.dossier.domain.audit.AuditEvent;
import dev.dossier.domain.audit.ChainedAuditEvent;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.entity.EntityId;
import dev.dossier.domain.tenant.ApiKeyId;
import dev.dossier.domain.tenant.Tenant;
import dev.dossier.domain.tenant.TenantId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Contract of {@link AuditEventRepository}, run on every database. */
abstract class AbstractAuditEventRepositoryTest extends PersistenceContractTest {

    private AuditEventRepository repository() {
        return new JpaAuditEventRepository(em);
    }

    /** What the verify use case finds walking the tenant's chain on this database. */
    protected AuditTrailVerification verify(TenantId tenant) {
        return new VerifyAuditTrailService(
                        new JpaTenantRepository(em), repository(), new EntityTransactionUnitOfWork(em))
                .verify(tenant);
    }

    /** The first event of the tenant's chain that does not follow from the ones before it (or none). */
    protected Optional<UUID> firstInvalid(TenantId tenant) {
        return verify(tenant).firstInvalidEventId();
    }

    protected AuditEvent readOf(Tenant tenant, int second) {
        return AuditEvent.record(
                tenant.id(),
                DocumentId.generate(),
                AuditAction.READ,
                null,
                "a@example.com",
                null,
                T0.plusSeconds(second));
    }

    @Test
    void givenEventsOfTwoTenants_whenAppended_thenEachTenantHasItsOwnValidChainInOrder() {
        Tenant tenant = givenTenant();
        Tenant other = givenTenant();
        List<AuditEvent> appended = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            AuditEvent e = readOf(tenant, i);
            appended.add(e);
            inTx(() -> {
                repository().append(e);
                repository().append(readOf(other, 0));
            });
        }

        List<ChainedAuditEvent> chain = inTx(() -> repository().chainAfter(tenant.id(), 0, 10));
        assertThat(chain).extracting(ChainedAuditEvent::sequence).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(chain)
                .extracting(e -> e.event().id())
                .containsExactlyElementsOf(appended.stream().map(AuditEvent::id).toList());
        assertThat(chain.get(0).follows(AuditChain.GENESIS, 1)).isTrue();
        assertThat(chain.get(1).follows(chain.get(0).hash(), 2)).isTrue();
        assertThat(inTx(() -> repository().chainAfter(tenant.id(), 3, 10)))
                .extracting(ChainedAuditEvent::sequence)
                .containsExactly(4L, 5L);
        assertThat(inTx(() -> repository().chainAfter(tenant.id(), 0, 2))).hasSize(2);
        assertThat(inTx(() -> repository().chainLength(tenant.id()))).isEqualTo(5);
        assertThat(inTx(() -> repository().chainLength(TenantId.generate()))).isZero();
        assertThat(verify(tenant.id())).isEqualTo(AuditTrailVerification.intact(5));
        assertThat(verify(other.id())).isEqualTo(AuditTrailVerification.intact(5));
    }

    @Test
    void givenAppendRolledBack_whenAppendedAgain_thenTheChainHasNoGap() {
        Tenant tenant = givenTenant();
        inTx(() -> repository().append(readOf(tenant, 0)));
        em.getTransaction().begin();
        repository().append(readOf(tenant, 1));
        em.getTransaction().rollback();
        em.clear();
        inTx(() -> repository().append(readOf(tenant, 2)));

        assertThat(inTx(() -> repository().chainAfter(tenant.id(), 0, 10)))
                .extracting(ChainedAuditEvent::sequence)
                .containsExactly(1L, 2L);
        assertThat(firstInvalid(tenant.id())).isEmpty();
    }

    private AuditEvent stored(AuditEvent event) {
        return AuditEventMapper.toDomain(em.find(AuditEventJpaEntity.class, event.id()));
    }

    @Test
    void givenAppendedEvent_whenRead_thenEveryFieldRoundTrips() {
        Tenant tenant = givenTenant();
        AuditEvent event = AuditEvent.record(
                tenant.id(),
                DocumentId.generate(),
                AuditAction.LINK_ISSUED,
                ApiKeyId.generate(),
                "officer@example.com",
                "203.0.113.7",
                T0);
        inTx(() -> repository().append(event));

        assertThat(stored(event))
                .isEqualTo(new AuditEvent(
                        event.id(),
                        tenant.id(),
                        event.documentId(),
                        AuditAction.LINK_ISSUED,
                        event.actorKeyId(),
                        "officer@example.com",
                        "203.0.113.7",
                        T0.truncatedTo(ChronoUnit.MICROS)));
    }

    @Test
    void givenAnonymousRedemption_whenAppended_thenNoActorIsKept() {
        Tenant tenant = givenTenant();
        AuditEvent event = AuditEvent.record(
                tenant.id(), DocumentId.generate(), AuditAction.LINK_REDEEMED, null, null, "198.51.100.2", T0);
        inTx(() -> repository().append(event));

        assertThat(stored(event).actorKeyId()).isNull();
        assertThat(stored(event).actorEmail()).isNull();
        assertThat(stored(event).clientAddress()).isEqualTo("198.51.100.2");
    }

    @Test
    void givenMalwareHit_whenAppended_thenItRoundTripsWithEntityAndSignatureButNoDocument() {
        Tenant tenant = givenTenant();
        EntityId entity = EntityId.generate();
        ApiKeyId key = ApiKeyId.generate();
        AuditEvent hit = AuditEvent.malwareDetected(
                tenant.id(), entity, null, key, "officer@example.com", "203.0.113.7", "Win.Test.EICAR_HDB-1", T0);
        AuditEvent ofLibrary =
                AuditEvent.malwareDetected(tenant.id(), null, null, key, null, null, "Dossier-Test-EICAR", T0);
        inTx(() -> {
            repository().append(hit);
            repository().append(ofLibrary);
        });

        assertThat(stored(hit))
                .isEqualTo(new AuditEvent(
                        hit.id(),
                        tenant.id(),
                        null,
                        entity,
                        AuditAction.MALWARE_DETECTED,
                        key,
                        "officer@example.com",
                        "203.0.113.7",
                        "Win.Test.EICAR_HDB-1",
                        T0.truncatedTo(ChronoUnit.MICROS)));
        assertThat(stored(ofLibrary).entityId()).isNull();
        assertThat(stored(ofLibrary).documentId()).isNull();
        assertThat(repository()
                        .page(tenant.id(), Optional.empty(), KeysetRequest.first(10))
                        .items())
                .extracting(e -> e.event().id())
                .containsExactlyInAnyOrder(hit.id(), ofLibrary.id());
    }

    @Test
    void givenAnEventWithoutDocument_whenInsertedBehindTheDomainsBack_thenOnlyAMalwareHitIsAccepted() {
        Tenant tenant = givenTenant();
        Function<String, Runnable> insert = action -> () -> em.createNativeQuery(
                        "INSERT INTO audit_event (id, tenant_id, action, occurred_at, chain_seq, chain_hash)"
                                + " VALUES (?, ?, ?, ?, ?, ?)")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, tenant.id().value())
                .setParameter(3, action)
                .setParameter(4, Times.toColumn(T0))
                .setParameter(5, System.nanoTime())
                .setParameter(6, AuditChain.GENESIS)
                .executeUpdate();

        inTx(insert.apply("MALWARE_DETECTED"));
        assertThatThrownBy(() -> inTx(insert.apply("READ"))).isInstanceOf(RuntimeException.class);
    }

    @Test
    void givenAppendedEvent_whenAppendedAgain_thenRefusedAndTheFirstKept() {
        Tenant tenant = givenTenant();
        AuditEvent event =
                AuditEvent.record(tenant.id(), DocumentId.generate(), AuditAction.READ, null, null, null, T0);
        inTx(() -> repository().append(event));
        AuditEvent rewritten = new AuditEvent(
                event.id(), tenant.id(), event.documentId(), AuditAction.DELETED, null, null, null, T0.plusSeconds(1));

        assertThatThrownBy(() -> inTx(() -> repository().append(rewritten))).isInstanceOf(RuntimeException.class);
        em.clear();
        assertThat(stored(event).action()).isEqualTo(AuditAction.READ);
    }

    @Test
    void givenEventsOfTwoDocumentsAndTenants_whenPaged_thenNewestFirstFilteredAndWalkedByKeyset() {
        Tenant tenant = givenTenant();
        DocumentId one = DocumentId.generate();
        DocumentId two = DocumentId.generate();
        List<AuditEvent> ofOne = new ArrayList<>();
        inTx(() -> {
            for (int i = 0; i < 3; i++) {
                AuditEvent e =
                        AuditEvent.record(tenant.id(), one, AuditAction.READ, null, null, null, T0.plusSeconds(i));
                repository().append(e);
                ofOne.add(0, e);
            }
            repository()
                    .append(AuditEvent.record(tenant.id(), two, AuditAction.READ, null, null, null, T0.plusSeconds(9)));
            repository().append(AuditEvent.record(givenTenant().id(), one, AuditAction.READ, null, null, null, T0));
        });

        var first = repository().page(tenant.id(), Optional.of(one), KeysetRequest.first(2));
        assertThat(first.items())
                .extracting(e -> e.event().id())
                .containsExactly(ofOne.get(0).id(), ofOne.get(1).id());
        assertThat(first.hasOlder()).isTrue();
        var last = ofOne.get(1);
        var rest = repository()
                .page(
                        tenant.id(),
                        Optional.of(one),
                        KeysetRequest.olderThan(
                                new KeysetPosition(last.occurredAt().truncatedTo(ChronoUnit.MICROS), last.id()), 2));
        assertThat(rest.items())
                .extracting(e -> e.event().id())
                .containsExactly(ofOne.get(2).id());
        assertThat(rest.hasOlder()).isFalse();
        assertThat(repository()
                        .page(tenant.id(), Optional.empty(), KeysetRequest.first(10))
                        .items())
                .hasSize(4);
    }
}
