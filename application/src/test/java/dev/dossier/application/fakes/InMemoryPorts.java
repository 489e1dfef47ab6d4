package dev.dossier.application.fakes;

import java.time.Instant;
import java.util.List;

/**
 * Test support: one in-memory fake for every outgoing port, on one clock that tests move; {@link #all()} is what
 * {@link ServiceAssembly.Builder#ports} takes.
 */
public final class InMemoryPorts {
    private final MutableTimeSource time;
    private final DirectUnitOfWork tx = new DirectUnitOfWork();
    private final SequenceSecretGenerator secrets = new SequenceSecretGenerator();
    private final InMemoryTenantRepository tenants = new InMemoryTenantRepository();
    private final InMemoryApiKeyRepository apiKeys = new InMemoryApiKeyRepository();
    private final InMemoryEntityRepository entities = new InMemoryEntityRepository();
    private final InMemoryDocumentRepository documents = new InMemoryDocumentRepository();
    private final InMemoryContentStore contents = new InMemoryContentStore();
    private final InMemoryDirectUploadStore directUploadStore = new InMemoryDirectUploadStore(contents);
    private final InMemoryDirectUploadRepository directUploads = new InMemoryDirectUploadRepository();
    private final InMemoryDownloadTokenRepository tokens = new InMemoryDownloadTokenRepository();
    private final InMemoryAttachmentRepository attachments = new InMemoryAttachmentRepository();
    private final InMemoryQuestionnaireResponseRepository responses = new InMemoryQuestionnaireResponseRepository();
    private final InMemoryReviewEventRepository reviewEvents = new InMemoryReviewEventRepository();
    private final InMemoryAuditEventRepository auditEvents = new InMemoryAuditEventRepository();
    private final InMemoryIdempotencyRepository idempotency = new InMemoryIdempotencyRepository();
    private final InMemoryWorkflowRepository workflows = new InMemoryWorkflowRepository();
    private final InMemoryServerSecretRepository serverSecrets = new InMemoryServerSecretRepository();
    private final InMemoryDataKeyRepository dataKeys = new InMemoryDataKeyRepository();
    private final InMemoryMaintenanceLocks maintenanceLocks = new InMemoryMaintenanceLocks();
    private final InMemoryObjectReferences objectReferences = new InMemoryObjectReferences(documents, directUploads);
    private final FakeKeyWrapping keyWrapping = new FakeKeyWrapping();
    private final FakeContentCipher cipher = new FakeContentCipher();
    private final FakeMalwareScanner malwareScanner = new FakeMalwareScanner();
    private final FakeContentInspector inspector = new FakeContentInspector();
    private final InMemoryPendingObjectDeletions pendingDeletions = new InMemoryPendingObjectDeletions();
    private final InMemoryEntityErasure erasure = new InMemoryEntityErasure(this);
    private final InMemoryLegalHoldRepository legalHolds = new InMemoryLegalHoldRepository(erasure::documentsOf);
    private final InMemoryRetentionRepository retention = new InMemoryRetentionRepository(this);
    private final InMemoryEventOutbox events = new InMemoryEventOutbox();
    private final InMemoryExpiryNoticeRepository expiryNotices = new InMemoryExpiryNoticeRepository(documents);
    private final InMemoryWebhooks webhooks = new InMemoryWebhooks(events);
    private final FakeWebhookSender webhookSender = new FakeWebhookSender();
    private final CountingOperationsMeter meter = new CountingOperationsMeter();
    private final FakeHostResolver hostResolver = new FakeHostResolver().pointing("hooks.example.com", "93.184.216.34");

    public InMemoryPorts(Instant start) {
        this.time = new MutableTimeSource(start);
    }

    /** Every fake, each implementing one or more outgoing ports. */
    public List<Object> all() {
        return List.of(
                time,
                meter,
                tx,
                secrets,
                tenants,
                apiKeys,
                entities,
                documents,
                contents,
                directUploadStore,
                directUploads,
                tokens,
                attachments,
                responses,
                reviewEvents,
                auditEvents,
                idempotency,
                workflows,
                serverSecrets,
                dataKeys,
                maintenanceLocks,
                objectReferences,
                keyWrapping,
                cipher,
                malwareScanner,
                inspector,
                pendingDeletions,
                erasure,
                legalHolds,
                retention,
                events,
                expiryNotices,
                webhooks,
                webhookSender,
                hostResolver);
    }

    public InMemoryExpiryNoticeRepository expiryNotices() {
        return expiryNotices;
    }

    public InMemoryWebhooks webhooks() {
        return webhooks;
    }

    public FakeWebhookSender webhookSender() {
        return webhookSender;
    }

    public CountingOperationsMeter meter() {
        return meter;
    }

    public FakeHostResolver hostResolver() {
        return hostResolver;
    }

    public InMemoryEventOutbox events() {
        return events;
    }

    public InMemoryRetentionRepository retention() {
        return retention;
    }

    public InMemoryLegalHoldRepository legalHolds() {
        return legalHolds;
    }

    public InMemoryEntityErasure erasureRepository() {
        return erasure;
    }

    public InMemoryPendingObjectDeletions pendingDeletions() {
        return pendingDeletions;
    }

    public InMemoryDataKeyRepository dataKeys() {
        return dataKeys;
    }

    public FakeKeyWrapping keyWrapping() {
        return keyWrapping;
    }

    public FakeContentCipher cipher() {
        return cipher;
    }

    public MutableTimeSource time() {
        return time;
    }

    public DirectUnitOfWork tx() {
        return tx;
    }

    public SequenceSecretGenerator secrets() {
        return secrets;
    }

    public InMemoryTenantRepository tenants() {
        return tenants;
    }

    public InMemoryApiKeyRepository apiKeys() {
        return apiKeys;
    }

    public InMemoryEntityRepository entities() {
        return entities;
    }

    public InMemoryDocumentRepository documents() {
        return documents;
    }

    public InMemoryContentStore contents() {
        return contents;
    }

    public InMemoryDirectUploadStore directUploadStore() {
        return directUploadStore;
    }

    public InMemoryDirectUploadRepository directUploads() {
        return directUploads;
    }

    public InMemoryDownloadTokenRepository tokens() {
        return tokens;
    }

    public InMemoryAttachmentRepository attachments() {
        return attachments;
    }

    public InMemoryQuestionnaireResponseRepository responses() {
        return responses;
    }

    public InMemoryReviewEventRepository reviewEvents() {
        return reviewEvents;
    }

    public InMemoryAuditEventRepository auditEvents() {
        return auditEvents;
    }

    public InMemoryIdempotencyRepository idempotency() {
        return idempotency;
    }

    public InMemoryWorkflowRepository workflows() {
        return workflows;
    }

    public InMemoryServerSecretRepository serverSecrets() {
        return serverSecrets;
    }

    public FakeMalwareScanner malwareScanner() {
        return malwareScanner;
    }

    public FakeContentInspector inspector() {
        return inspector;
    }
}
