package dev.dossier.application.service.directupload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.application.error.ForbiddenException;
import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.error.StorageFailureException;
import dev.dossier.application.error.ValidationException;
import dev.dossier.application.fakes.Audits;
import dev.dossier.application.fakes.CountingOperationsMeter;
import dev.dossier.application.fakes.DirectUnitOfWork;
import dev.dossier.application.fakes.EventAssertions;
import dev.dossier.application.fakes.FakeContentInspector;
import dev.dossier.application.fakes.FakeMalwareScanner;
import dev.dossier.application.fakes.Fixtures;
import dev.dossier.application.fakes.InMemoryAuditEventRepository;
import dev.dossier.application.fakes.InMemoryContentStore;
import dev.dossier.application.fakes.InMemoryDirectUploadRepository;
import dev.dossier.application.fakes.InMemoryDirectUploadStore;
import dev.dossier.application.fakes.InMemoryDocumentRepository;
import dev.dossier.application.fakes.InMemoryEntityRepository;
import dev.dossier.application.fakes.InMemoryEventOutbox;
import dev.dossier.application.fakes.MalwareChecks;
import dev.dossier.application.fakes.MutableTimeSource;
import dev.dossier.application.fakes.Sealings;
import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.application.port.in.directupload.CreateDirectUploadCommand;
import dev.dossier.application.port.in.directupload.CreatedDirectUpload;
import dev.dossier.application.port.in.directupload.DirectUploadView;
import dev.dossier.application.port.out.UploadPolicy;
import dev.dossier.application.service.crypto.DocumentSealing;
import dev.dossier.application.service.scanning.MalwareCheck;
import dev.dossier.domain.audit.AuditAction;
import dev.dossier.domain.audit.AuditEvent;
import dev.dossier.domain.directupload.DirectUpload;
import dev.dossier.domain.directupload.UploadStatus;
import dev.dossier.domain.document.ContentProblem;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.FileType;
import dev.dossier.domain.entity.Entity;
import dev.dossier.domain.entity.EntityId;
import dev.dossier.domain.entity.EntityType;
import dev.dossier.domain.event.EventType;
import dev.dossier.domain.tenant.Scope;
import dev.dossier.domain.tenant.TenantId;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DirectUploadServicesTest {
    private static final Duration TTL = Duration.ofMinutes(5);
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final TenantId tenant = TenantId.generate();
    private final Caller caller = Fixtures.caller(tenant, Scope.DOCUMENTS);
    private final MutableTimeSource time = new MutableTimeSource(Fixtures.NOW);
    private final DirectUnitOfWork tx = new DirectUnitOfWork();
    private final InMemoryEntityRepository entities = new InMemoryEntityRepository();
    private final InMemoryDirectUploadRepository uploads = new InMemoryDirectUploadRepository();
    private final InMemoryDocumentRepository documents = new InMemoryDocumentRepository();
    private final InMemoryContentStore objects = new InMemoryContentStore();
    private final InMemoryDirectUploadStore quarantine = new InMemoryDirectUploadStore(objects);
    private final FakeMalwareScanner scanner = new FakeMalwareScanner();
    private final InMemoryAuditEventRepository auditEvents = new InMemoryAuditEventRepository();
    private final InMemoryEventOutbox outbox = new InMemoryEventOutbox();
    private final FakeContentInspector inspector = new FakeContentInspector();
    private final DocumentSealing sealing = Sealings.fresh(time, tx);
    private Entity subject;
    private CreateDirectUploadService create;

    @BeforeEach
    void setUp() {
        subject = Entity.create(tenant, "Acme Ltd", EntityType.COMPANY, Fixtures.NOW);
        entities.save(subject);
        create = new CreateDirectUploadService(entities, uploads, quarantine, time, tx, settings("creator"));
    }

    private static DirectUploadSettings settings(String instance) {
        return new DirectUploadSettings(TTL, instance, LEASE, 50);
    }

    private UploadSettler settler(String owner) {
        return new UploadSettler(
                uploads,
                documents,
                objects,
                quarantine,
                time,
                tx,
                MalwareChecks.over(scanner, auditEvents, time),
                settings(owner),
                inspector,
                sealing,
                Audits.unobserved(),
                outbox,
                new CountingOperationsMeter());
    }

    private GetDirectUploadService get() {
        return new GetDirectUploadService(uploads, documents, settler("getter"));
    }

    private DirectUpload created(String name, long size) {
        return create.create(new CreateDirectUploadCommand(caller, subject.id(), name, size))
                .upload();
    }

    @Test
    void givenValidRequest_whenCreated_thenPendingAndThePolicyFixesKeySizeTypeAndExpiry() {
        CreatedDirectUpload c =
                create.create(new CreateDirectUploadCommand(caller, subject.id(), "passport.pdf", 1234));

        UploadPolicy policy = quarantine.policies().get(0);
        assertThat(policy.key()).isEqualTo(c.upload().quarantineKey());
        assertThat(policy.size()).isEqualTo(1234);
        assertThat(policy.contentType()).isEqualTo("application/pdf");
        assertThat(policy.expiresAt()).isEqualTo(Fixtures.NOW.plus(TTL));
        assertThat(policy.metadata().get("document-id")).startsWith("d_").hasSize(24);
        assertThat(uploads.findById(tenant, c.upload().id()))
                .map(DirectUpload::status)
                .contains(UploadStatus.PENDING);
    }

    @Test
    void givenBadNameAndSize_whenCreated_thenBothAreNamedAndNothingIsCreated() {
        assertThatThrownBy(() -> create.create(new CreateDirectUploadCommand(caller, subject.id(), "run.exe", 0)))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).fieldErrors().keySet())
                .satisfies(keys -> assertThat(keys).containsExactly("file_name", "file_size_in_bytes"));
        assertThat(uploads.size()).isZero();
        assertThat(quarantine.policies()).isEmpty();
    }

    @Test
    void givenAnotherTenantsSubject_whenCreated_thenNotFoundAndNothingCreated() {
        Caller stranger = Fixtures.caller(TenantId.generate(), Scope.DOCUMENTS);
        assertThatThrownBy(() -> create.create(new CreateDirectUploadCommand(stranger, subject.id(), "a.pdf", 10)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> create.create(new CreateDirectUploadCommand(caller, EntityId.generate(), "a.pdf", 10)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> create.create(
                        new CreateDirectUploadCommand(Fixtures.caller(tenant), subject.id(), "a.pdf", 10)))
                .isInstanceOf(ForbiddenException.class);
        assertThat(uploads.size()).isZero();
    }

    @Test
    void givenStorageDown_whenCreated_thenStorageFailureAndNothingRecorded() {
        quarantine.failPresign(true);
        assertThatThrownBy(() -> created("a.pdf", 10)).isInstanceOf(StorageFailureException.class);
        assertThat(uploads.size()).isZero();
    }

    @Test
    void givenArrivedValidBytes_whenRead_thenPromotedToACompleteEntityDocumentWithItsChecksum() {
        byte[] pdf = Fixtures.pdf(500);
        DirectUpload u = created("passport.pdf", pdf.length);
        quarantine.arrive(u.quarantineKey(), pdf);

        DirectUploadView view = get().get(caller, u.id());

        assertThat(view.status()).isEqualTo(UploadStatus.COMPLETE);
        assertThat(view.sha256()).isEqualTo(Fixtures.sha256Hex(pdf));
        Document document = documents.findById(tenant, u.id()).orElseThrow();
        assertThat(document.file().sha256()).isEqualTo(Fixtures.sha256Hex(pdf));
        // stored encrypted under a key of its own; nothing in clear is left
        assertThat(document.file().sealedWith()).isPresent();
        assertThat(objects.objects()).containsOnlyKeys(document.file().storageKey());
        assertThat(plaintextOf(document)).isEqualTo(pdf);
        assertThat(objects.exists(u.documentKey())).isFalse();
        assertThat(objects.exists(u.quarantineKey())).isFalse();

        assertThat(outbox.events())
                .extracting(e -> e.type())
                .containsExactly(EventType.DOCUMENT_CREATED, EventType.DIRECT_UPLOAD_COMPLETED);
        assertThat(outbox.events().get(0).data())
                .containsEntry("document_id", u.id().value().toString())
                .containsEntry("entity_id", subject.id().value().toString());
        assertThat(outbox.events().get(1).data())
                .containsEntry("direct_upload_id", u.id().value().toString())
                .containsEntry("document_id", u.id().value().toString())
                .containsEntry("status", "complete");
        EventAssertions.mentionNone(outbox.events(), "passport.pdf", "Acme", caller.email());
        get().get(caller, u.id());
        settler("again").sweep(10);
        assertThat(outbox.events()).as("settled once, reported once").hasSize(2);
    }

    private byte[] plaintextOf(Document document) {
        try (var in = sealing.open(
                document,
                new java.io.ByteArrayInputStream(objects.bytesOf(document.file().storageKey())))) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void givenInstanceStoppedAfterRecordingTheDocument_whenSweptPastExpiry_thenTheCopyInClearIsRemoved() {
        byte[] pdf = Fixtures.pdf(300);
        DirectUpload u = created("passport.pdf", pdf.length);
        quarantine.arrive(u.quarantineKey(), pdf);
        settler("a").sweep(10);
        Document document = documents.findById(tenant, u.id()).orElseThrow();
        objects.seed(u.documentKey(), pdf, "application/pdf"); // what a stop before its removal leaves

        time.advance(TTL.plusSeconds(1));
        settler("b").sweep(10);

        assertThat(objects.exists(u.documentKey())).isFalse();
        assertThat(objects.objects()).containsOnlyKeys(document.file().storageKey());
        assertThat(plaintextOf(document)).isEqualTo(pdf);
    }

    @Test
    void givenExecutableNamedPdf_whenSettled_thenFailedWithTheReasonAndNoBytesKept() {
        byte[] exe = Fixtures.exe();
        DirectUpload u = created("passport.pdf", exe.length);
        quarantine.arrive(u.quarantineKey(), exe);

        assertThat(settler("a").sweep(10)).isEqualTo(1);

        DirectUploadView view = get().get(caller, u.id());
        assertThat(view.status()).isEqualTo(UploadStatus.FAILED);
        assertThat(view.failureReason()).isEqualTo("The uploaded file's content is not PDF.");
        assertThat(documents.findById(tenant, u.id())).isEmpty();
        assertThat(outbox.events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.DIRECT_UPLOAD_FAILED);
            assertThat(e.data())
                    .containsEntry("direct_upload_id", u.id().value().toString())
                    .containsEntry("document_id", null)
                    .containsEntry("status", "failed");
        });
        EventAssertions.mentionNone(outbox.events(), "passport.pdf", "not PDF", caller.email());
        assertThat(objects.exists(u.documentKey())).isFalse();
        assertThat(objects.exists(u.quarantineKey())).isFalse();
    }

    @Test
    void givenBytesTheInspectorRefuses_whenSettled_thenFailedWithItsMessageAndNoBytesKept() {
        byte[] pdf = Fixtures.pdf(900);
        inspector.refuse(pdf, ContentProblem.TOO_LARGE_UNPACKED);
        DirectUpload u = created("passport.pdf", pdf.length);
        quarantine.arrive(u.quarantineKey(), pdf);

        settler("a").sweep(10);

        DirectUploadView view = get().get(caller, u.id());
        assertThat(view.status()).isEqualTo(UploadStatus.FAILED);
        assertThat(view.failureReason()).isEqualTo("File type not allowed. The archive is too large when unpacked.");
        assertThat(inspector.inspected()).containsExactly(FileType.PDF);
        assertThat(documents.findById(tenant, u.id())).isEmpty();
        assertThat(objects.exists(u.documentKey())).isFalse();
    }

    @Test
    void givenStructureNotOfItsType_whenSettled_thenFailedAsNotThatType() {
        byte[] pdf = Fixtures.pdf(700);
        inspector.refuse(pdf, ContentProblem.NOT_OF_TYPE);
        DirectUpload u = created("statement.pdf", pdf.length);
        quarantine.arrive(u.quarantineKey(), pdf);

        assertThat(get().get(caller, u.id()).failureReason()).isEqualTo("The uploaded file's content is not PDF.");
    }

    @Test
    void givenTextWithInvalidUtf8AfterTheFirst8KiB_whenSettled_thenFailedAsNotUtf8Text() {
        byte[] text = "a,b\n".repeat(5_000).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        text[text.length - 2] = (byte) 0xC3;
        DirectUpload u = created("rows.csv", text.length);
        quarantine.arrive(u.quarantineKey(), text);

        assertThat(get().get(caller, u.id()).failureReason()).isEqualTo(ContentProblem.NOT_UTF8_TEXT.message());
    }

    @Test
    void givenStoredBytesUnreadableWhileInspected_whenSwept_thenStillPendingForTheNextSweep() {
        byte[] pdf = Fixtures.pdf(600);
        DirectUpload u = created("passport.pdf", pdf.length);
        quarantine.arrive(u.quarantineKey(), pdf);
        inspector.failReads(true);

        settler("a").sweep(10);

        assertThat(uploads.findAnyById(u.id()).orElseThrow().status()).isEqualTo(UploadStatus.PENDING);
        inspector.failReads(false);
        time.advance(LEASE.plusSeconds(1));
        settler("b").sweep(10);
        assertThat(uploads.findAnyById(u.id()).orElseThrow().status()).isEqualTo(UploadStatus.COMPLETE);
    }

    @Test
    void givenBytesOfTheWrongSize_whenSettled_thenFailed() {
        DirectUpload u = created("passport.pdf", 400);
        quarantine.arrive(u.quarantineKey(), Fixtures.pdf(401));

        settler("a").sweep(10);

        assertThat(get().get(caller, u.id()).failureReason())
                .isEqualTo("The uploaded file has 401 bytes, not the declared 400.");
    }

    @Test
    void givenNothingArrived_whenSweptBeforeAndAfterExpiry_thenPendingThenFailedAsExpired() {
        DirectUpload u = created("passport.pdf", 400);

        settler("a").sweep(10);
        assertThat(uploads.findById(tenant, u.id()).orElseThrow().status()).isEqualTo(UploadStatus.PENDING);
        assertThat(uploads.leaseOwner(u.id())).as("released for the next sweep").isEmpty();

        time.advance(TTL.plus(Duration.ofMinutes(1)).plusSeconds(1));
        settler("b").sweep(10);
        DirectUpload failed = uploads.findById(tenant, u.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(UploadStatus.FAILED);
        assertThat(failed.failureReason()).contains(UploadSettler.EXPIRED);
        assertThat(outbox.events()).extracting(e -> e.type()).containsExactly(EventType.DIRECT_UPLOAD_FAILED);
    }

    @Test
    void givenCrashAfterTheCopy_whenTheNextSweepRuns_thenItFinishesThePromotion() {
        byte[] pdf = Fixtures.pdf(300);
        DirectUpload u = created("passport.pdf", pdf.length);
        quarantine.arrive(u.quarantineKey(), pdf);
        quarantine.failPromoteAfterCopy(true);

        settler("dies").sweep(10);
        assertThat(uploads.findById(tenant, u.id()).orElseThrow().status()).isEqualTo(UploadStatus.PENDING);
        assertThat(documents.findById(tenant, u.id())).isEmpty();

        quarantine.failPromoteAfterCopy(false);
        time.advance(LEASE.plusSeconds(1));
        settler("next").sweep(10);

        assertThat(uploads.findById(tenant, u.id()).orElseThrow().status()).isEqualTo(UploadStatus.COMPLETE);
        assertThat(documents.findById(tenant, u.id())).isPresent();
        assertThat(objects.exists(u.quarantineKey())).isFalse();
    }

    @Test
    void givenCrashAfterTheMoveBeforeTheRecord_whenTheNextSweepRuns_thenItChecksTheMovedBytesAndCompletes() {
        byte[] pdf = Fixtures.pdf(300);
        DirectUpload u = created("passport.pdf", pdf.length);
        // an instance moved the bytes and died before it committed the document
        objects.seed(u.documentKey(), pdf, "application/pdf");

        time.advance(Duration.ofSeconds(5));
        settler("next").sweep(10);

        assertThat(uploads.findById(tenant, u.id()).orElseThrow().status()).isEqualTo(UploadStatus.COMPLETE);
        assertThat(documents.findById(tenant, u.id()).orElseThrow().file().sha256())
                .isEqualTo(Fixtures.sha256Hex(pdf));
    }

    @Test
    void givenAnUploadLeasedByAnotherInstance_whenRead_thenLeftAloneAndStillPending() {
        byte[] pdf = Fixtures.pdf(300);
        DirectUpload u = created("passport.pdf", pdf.length);
        quarantine.arrive(u.quarantineKey(), pdf);
        assertThat(uploads.claim(u.id(), time.now(), time.now().plus(LEASE), "other"))
                .isTrue();

        assertThat(get().get(caller, u.id()).status()).isEqualTo(UploadStatus.PENDING);
        assertThat(objects.exists(u.quarantineKey())).isTrue();
    }

    @Test
    void givenSettledUploadPastItsExpiry_whenSwept_thenAStrayRepostIsClearedOnce() {
        byte[] pdf = Fixtures.pdf(300);
        DirectUpload u = created("passport.pdf", pdf.length);
        quarantine.arrive(u.quarantineKey(), pdf);
        settler("a").sweep(10);
        quarantine.arrive(u.quarantineKey(), Fixtures.exe()); // the still-valid form used again

        time.advance(TTL.plusSeconds(1));
        assertThat(settler("b").sweep(10)).isEqualTo(1);
        assertThat(objects.exists(u.quarantineKey())).isFalse();
        Document document = documents.findById(tenant, u.id()).orElseThrow();
        assertThat(plaintextOf(document)).isEqualTo(pdf);
        assertThat(settler("c").sweep(10)).isZero();
    }

    @Test
    void givenAnotherTenant_whenRead_thenNotFound() {
        DirectUpload u = created("passport.pdf", 10);
        assertThatThrownBy(() -> get().get(Fixtures.caller(TenantId.generate(), Scope.DOCUMENTS), u.id()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void givenPromotedDocumentDeletedSince_whenRead_thenNotFound() {
        byte[] pdf = Fixtures.pdf(300);
        DirectUpload u = created("passport.pdf", pdf.length);
        quarantine.arrive(u.quarantineKey(), pdf);
        assertThat(get().get(caller, u.id()).status()).isEqualTo(UploadStatus.COMPLETE);

        documents.delete(tenant, u.id());

        assertThatThrownBy(() -> get().get(caller, u.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void givenInfectedBytes_whenSettled_thenFailedForTheScan_bytesGone_andTheHitAuditedWithoutTheFileName() {
        byte[] infected = FakeMalwareScanner.infected(Fixtures.pdf(300));
        DirectUpload u = created("passport-of-jane-doe.pdf", infected.length);
        quarantine.arrive(u.quarantineKey(), infected);

        assertThat(settler("a").sweep(10)).isEqualTo(1);

        DirectUploadView view = get().get(caller, u.id());
        assertThat(view.status()).isEqualTo(UploadStatus.FAILED);
        assertThat(view.failureReason()).isEqualTo(MalwareCheck.REFUSED);
        assertThat(documents.findById(tenant, u.id())).isEmpty();
        assertThat(objects.exists(u.documentKey())).isFalse();
        assertThat(objects.exists(u.quarantineKey())).isFalse();
        AuditEvent hit = auditEvents.all().get(0);
        assertThat(auditEvents.all()).hasSize(1);
        assertThat(hit.action()).isEqualTo(AuditAction.MALWARE_DETECTED);
        assertThat(hit.tenantId()).isEqualTo(tenant);
        assertThat(hit.entityId()).isEqualTo(subject.id());
        assertThat(hit.documentId()).isEqualTo(u.id());
        assertThat(hit.detail()).isEqualTo(FakeMalwareScanner.SIGNATURE);
        assertThat(hit.actorEmail()).isEqualTo(caller.email());
        assertThat(hit.occurredAt()).isEqualTo(time.now());
        assertThat(hit.toString()).doesNotContain("jane", "passport");
    }

    @Test
    void givenScannerDown_whenSweptAndRead_thenPendingWithTheBytesKept_andCompleteOnceItIsBack() {
        byte[] pdf = Fixtures.pdf(300);
        DirectUpload u = created("passport.pdf", pdf.length);
        quarantine.arrive(u.quarantineKey(), pdf);
        scanner.unavailable(true);

        settler("a").sweep(10);
        assertThat(get().get(caller, u.id()).status()).isEqualTo(UploadStatus.PENDING);
        assertThat(uploads.leaseOwner(u.id())).as("released for the next sweep").isEmpty();
        assertThat(documents.findById(tenant, u.id())).isEmpty();
        assertThat(objects.bytesOf(u.documentKey())).isEqualTo(pdf);
        // the expiry of the form does not fail an upload whose bytes arrived in time
        time.advance(TTL.plus(Duration.ofMinutes(5)));
        settler("b").sweep(10);
        assertThat(uploads.findById(tenant, u.id()).orElseThrow().status()).isEqualTo(UploadStatus.PENDING);
        assertThat(outbox.events()).as("nothing settled, nothing reported").isEmpty();

        scanner.unavailable(false);
        settler("c").sweep(10);

        assertThat(get().get(caller, u.id()).status()).isEqualTo(UploadStatus.COMPLETE);
        assertThat(documents.findById(tenant, u.id())).isPresent();
        assertThat(auditEvents.all()).isEmpty();
    }

    @Test
    void givenScannerDown_whenABatchIsSwept_thenTheRestOfTheBatchIsReleasedWithoutAskingItAgain() {
        for (int i = 0; i < 3; i++) {
            byte[] pdf = Fixtures.pdf(300 + i);
            quarantine.arrive(created("p" + i + ".pdf", pdf.length).quarantineKey(), pdf);
        }
        scanner.unavailable(true);

        assertThat(settler("a").sweep(10)).isEqualTo(3);

        assertThat(scanner.attempts()).isEqualTo(1);
        assertThat(uploads.size()).isEqualTo(3);
        assertThat(settler("b").sweep(10)).as("every one of them is due again").isEqualTo(3);
    }
}
