package dev.dossier.application.service.document;

import static dev.dossier.application.fakes.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.application.error.ForbiddenException;
import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.error.StorageFailureException;
import dev.dossier.application.error.ValidationException;
import dev.dossier.application.fakes.Audits;
import dev.dossier.application.fakes.ByteArrayUploadContent;
import dev.dossier.application.fakes.CountingOperationsMeter;
import dev.dossier.application.fakes.DirectUnitOfWork;
import dev.dossier.application.fakes.FakeContentCipher;
import dev.dossier.application.fakes.FakeContentInspector;
import dev.dossier.application.fakes.FakeKeyWrapping;
import dev.dossier.application.fakes.FixedTimeSource;
import dev.dossier.application.fakes.Fixtures;
import dev.dossier.application.fakes.InMemoryContentStore;
import dev.dossier.application.fakes.InMemoryDataKeyRepository;
import dev.dossier.application.fakes.InMemoryDocumentRepository;
import dev.dossier.application.fakes.InMemoryEntityRepository;
import dev.dossier.application.fakes.InMemoryEventOutbox;
import dev.dossier.application.fakes.MalwareChecks;
import dev.dossier.application.fakes.Sealings;
import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.application.port.in.document.UploadContent;
import dev.dossier.application.port.in.document.UploadDocumentCommand;
import dev.dossier.application.service.crypto.DocumentSealing;
import dev.dossier.domain.document.BusinessType;
import dev.dossier.domain.document.Classification;
import dev.dossier.domain.document.ContentProblem;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.document.FileType;
import dev.dossier.domain.document.VerificationStatus;
import dev.dossier.domain.entity.Entity;
import dev.dossier.domain.entity.EntityId;
import dev.dossier.domain.event.EventType;
import dev.dossier.domain.tenant.Scope;
import dev.dossier.domain.tenant.TenantId;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UploadDocumentServiceTest {
    private final InMemoryEventOutbox events = new InMemoryEventOutbox();
    private static final String ALLOWED_TYPES = ".pdf, .doc, .docx, .xls, .xlsx, .xlsm, .ppt, .pptx, .odt, .ods, "
            + ".odp, .rtf, .txt, .csv, .jpg, .jpeg, .png, .tiff, .tif, .heic, .heif, .webp, .bmp";
    private static final long TEN_MB = 10L * 1024 * 1024;

    private final TenantId tenant = TenantId.generate();
    private final Caller caller = Fixtures.caller(tenant, Scope.DOCUMENTS);
    private final InMemoryDocumentRepository documents = new InMemoryDocumentRepository();
    private final InMemoryEntityRepository entities = new InMemoryEntityRepository();
    private final InMemoryContentStore store = new InMemoryContentStore();
    private final DirectUnitOfWork tx = new DirectUnitOfWork();
    private final InMemoryDataKeyRepository dataKeys = new InMemoryDataKeyRepository();
    private final FakeContentCipher cipher = new FakeContentCipher();
    private final DocumentSealing sealing =
            Sealings.over(dataKeys, new FakeKeyWrapping(), cipher, new FixedTimeSource(NOW), tx);
    private final FakeContentInspector inspector = new FakeContentInspector();
    private final UploadDocumentService service = new UploadDocumentService(new DocumentUploader(
            documents,
            entities,
            store,
            sealing,
            new FixedTimeSource(NOW),
            tx,
            MalwareChecks.unobserved(),
            inspector,
            Audits.unobserved(),
            events,
            new CountingOperationsMeter()));
    private Entity entity;

    @BeforeEach
    void setUp() {
        entity = Fixtures.entity(entities, tenant, "Acme Ltd", NOW.minusSeconds(3600));
    }

    private UploadDocumentCommand libraryUpload(String fileName, UploadContent content, String documentType) {
        return new UploadDocumentCommand(caller, DocumentOwner.library(), fileName, content, documentType, null, null);
    }

    private UploadDocumentCommand command(
            DocumentOwner owner,
            String fileName,
            byte[] bytes,
            String documentType,
            String classification,
            String expiry) {
        return new UploadDocumentCommand(
                caller,
                owner,
                fileName,
                bytes == null ? null : new ByteArrayUploadContent(bytes),
                documentType,
                classification,
                expiry);
    }

    private static Map<String, List<String>> fieldErrorsOf(Runnable call) {
        ValidationException e = (ValidationException) org.assertj.core.api.Assertions.catchThrowable(call::run);
        assertThat(e).as("a ValidationException").isNotNull();
        return e.fieldErrors();
    }

    private void assertNothingKept() {
        assertThat(documents.all()).isEmpty();
        assertThat(store.objects()).isEmpty();
    }

    @Nested
    class HappyPath {
        @Test
        void givenValidPdf_whenUploadedToLibrary_thenBytesStoredUnderGeneratedKey_andRowRecorded() {
            byte[] bytes = Fixtures.pdf();
            Document d = service.upload(
                    libraryUpload("Statement March.pdf", new ByteArrayUploadContent(bytes), "Bank Statement"));

            assertThat(documents.all()).containsExactly(d);
            assertThat(store.objects()).containsOnlyKeys(d.file().storageKey());
            assertThat(store.bytesOf(d.file().storageKey())).isNotEqualTo(bytes);
            assertThat(storedPlaintext(d)).isEqualTo(bytes);
            assertThat(d.file().sealedWith())
                    .contains(dataKeys.all().iterator().next().id());
            assertThat(store.contentTypeOf(d.file().storageKey())).isEqualTo("application/pdf");
            assertThat(d.file().storageKey().value())
                    .startsWith("tenants/" + tenant.value() + "/documents/")
                    .doesNotContainIgnoringCase("statement");
            assertThat(d.file().name().value()).isEqualTo("Statement March.pdf");
            assertThat(d.file().size()).isEqualTo(bytes.length);
            assertThat(d.file().sha256()).isEqualTo(Fixtures.sha256Hex(bytes));
            assertThat(d.file().contentType()).isEqualTo("application/pdf");
            assertThat(d.documentType()).isEqualTo("Bank Statement");
            assertThat(d.businessType()).isEqualTo(BusinessType.BANK_STATEMENT);
            assertThat(d.classification()).isEqualTo(Classification.TENANT_PRIVATE);
            assertThat(d.review().status()).isEqualTo(VerificationStatus.PENDING);
            assertThat(d.uploadedBy()).isEqualTo("uploader@example.com");
            assertThat(d.tenantId()).isEqualTo(tenant);
            assertThat(d.owner()).isEqualTo(DocumentOwner.library());
            assertThat(d.createdAt()).isEqualTo(NOW);
            assertThat(d.expiryDate()).isEmpty();
            // the owner's first upload: its data key, then the document
            assertThat(tx.committed()).isEqualTo(2);
            assertThat(events.events()).singleElement().satisfies(e -> {
                assertThat(e.type()).isEqualTo(EventType.DOCUMENT_CREATED);
                assertThat(e.tenantId()).isEqualTo(tenant);
                assertThat(e.createdAt()).isEqualTo(NOW);
                assertThat(e.data()).containsEntry("document_id", d.id().value().toString());
                assertThat(e.data().values()).doesNotContain("Statement March.pdf");
            });
        }

        @Test
        void givenContentLargerThanTheSniffWindow_whenUploaded_thenSha256CoversEveryByte() {
            byte[] bytes = Fixtures.pdf(200_000);
            Document d = service.upload(libraryUpload("big.pdf", new ByteArrayUploadContent(bytes), "Contract"));
            assertThat(d.file().sha256()).isEqualTo(Fixtures.sha256Hex(bytes));
            assertThat(d.file().size()).isEqualTo(200_000);
            assertThat(storedPlaintext(d)).isEqualTo(bytes);
        }

        @Test
        void givenSameFileTwice_whenUploaded_thenTwoDocumentsUnderDistinctKeys() {
            Document a = service.upload(libraryUpload("a.pdf", new ByteArrayUploadContent(Fixtures.pdf()), "Contract"));
            Document b = service.upload(libraryUpload("a.pdf", new ByteArrayUploadContent(Fixtures.pdf()), "Contract"));
            assertThat(a.id()).isNotEqualTo(b.id());
            assertThat(a.file().storageKey()).isNotEqualTo(b.file().storageKey());
            assertThat(store.objects()).hasSize(2);
        }

        @Test
        void givenUpperCaseExtension_whenUploaded_thenContentTypeComesFromTheExtension() {
            Document png = service.upload(libraryUpload("SCAN.PNG", new ByteArrayUploadContent(Fixtures.png()), "ID"));
            assertThat(png.file().contentType()).isEqualTo("image/png");
            assertThat(store.contentTypeOf(png.file().storageKey())).isEqualTo("image/png");
            Document jpg =
                    service.upload(libraryUpload("photo.jpg", new ByteArrayUploadContent(Fixtures.jpeg()), "ID"));
            assertThat(jpg.file().contentType()).isEqualTo("image/jpeg");
        }

        @Test
        void givenTifExtension_whenUploaded_thenAcceptedAsTiff() {
            byte[] tiff = Fixtures.bytes('I', 'I', 0x2A, 0, 8, 0, 0, 0);
            Document tif = service.upload(libraryUpload("scan.tif", new ByteArrayUploadContent(tiff), "ID"));
            assertThat(tif.file().contentType()).isEqualTo("image/tiff");
            assertThat(inspector.inspected()).containsExactly(FileType.TIF);
        }

        @Test
        void givenPathInFileName_whenUploaded_thenOnlyTheSafeBaseNameIsKept() {
            Document d = service.upload(
                    libraryUpload("../../etc/passwd.pdf", new ByteArrayUploadContent(Fixtures.pdf()), "Other"));
            assertThat(d.file().name().value()).isEqualTo("passwd.pdf");
            assertThat(d.file().storageKey().value()).doesNotContain("passwd").doesNotContain("..");
        }

        @Test
        void givenEntityOwner_whenUploadedWithoutClassification_thenEntityPrivate() {
            Document d = service.upload(
                    command(DocumentOwner.entity(entity.id()), "p.pdf", Fixtures.pdf(), "Passport", null, null));
            assertThat(d.owner()).isEqualTo(DocumentOwner.entity(entity.id()));
            assertThat(d.classification()).isEqualTo(Classification.ENTITY_PRIVATE);
            assertThat(d.businessType()).isEqualTo(BusinessType.IDENTIFICATION);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   "})
        void givenBlankClassification_whenUploaded_thenDefault(String classification) {
            Document d = service.upload(
                    command(DocumentOwner.library(), "p.pdf", Fixtures.pdf(), "Passport", classification, null));
            assertThat(d.classification()).isEqualTo(Classification.TENANT_PRIVATE);
        }

        @Test
        void givenExplicitClassification_whenUploaded_thenKept() {
            assertThat(service.upload(command(
                                    DocumentOwner.library(), "p.pdf", Fixtures.pdf(), "Passport", "confidential", null))
                            .classification())
                    .isEqualTo(Classification.CONFIDENTIAL);
            assertThat(service.upload(command(
                                    DocumentOwner.entity(entity.id()),
                                    "p.pdf",
                                    Fixtures.pdf(),
                                    "Passport",
                                    " shared ",
                                    null))
                            .classification())
                    .isEqualTo(Classification.SHARED);
            assertThat(service.upload(command(
                                    DocumentOwner.entity(entity.id()),
                                    "p.pdf",
                                    Fixtures.pdf(),
                                    "Passport",
                                    "tenant_private",
                                    null))
                            .classification())
                    .isEqualTo(Classification.TENANT_PRIVATE);
        }

        @Test
        void givenExpiryDate_whenUploaded_thenRecorded() {
            Document d = service.upload(
                    command(DocumentOwner.library(), "p.pdf", Fixtures.pdf(), "Passport", null, "2031-07-15"));
            assertThat(d.expiryDate()).contains(LocalDate.of(2031, 7, 15));
        }

        @Test
        void givenExactlyTenMegabytes_whenUploaded_thenAccepted() {
            byte[] bytes = Fixtures.pdf((int) TEN_MB);
            assertThat(bytes).hasSize(10_485_760);
            Document d = service.upload(libraryUpload("max.pdf", new ByteArrayUploadContent(bytes), "Contract"));
            assertThat(d.file().size()).isEqualTo(10_485_760L);
            assertThat(storedPlaintext(d)).hasSize(10_485_760);
        }
    }

    @Nested
    class Validation {
        @ParameterizedTest
        @ValueSource(strings = {"secret", "Confidential", "PRIVATE", "public"})
        void givenUnknownClassification_whenUploaded_thenFieldErrorOnClassification(String classification) {
            Map<String, List<String>> errors = fieldErrorsOf(() -> service.upload(
                    command(DocumentOwner.library(), "p.pdf", Fixtures.pdf(), "Passport", classification, null)));
            assertThat(errors).containsOnlyKeys("classification");
            assertThat(errors.get("classification"))
                    .containsExactly("\"" + classification
                            + "\" is not a valid choice. Allowed: tenant_private, entity_private,"
                            + " shared, confidential.");
            assertNothingKept();
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   "})
        void givenMissingDocumentType_whenUploaded_thenRequired(String documentType) {
            Map<String, List<String>> errors = fieldErrorsOf(() -> service.upload(
                    command(DocumentOwner.library(), "p.pdf", Fixtures.pdf(), documentType, null, null)));
            assertThat(errors).containsExactly(Map.entry("document_type", List.of("This field is required.")));
            assertNothingKept();
        }

        @Test
        void givenDocumentTypeOver255_whenUploaded_thenRefusedOnDocumentType() {
            Map<String, List<String>> errors = fieldErrorsOf(() -> service.upload(
                    command(DocumentOwner.library(), "p.pdf", Fixtures.pdf(), "x".repeat(256), null, null)));
            assertThat(errors).containsOnlyKeys("document_type");
        }

        @Test
        void givenNoFile_whenUploaded_thenFieldErrorOnFile() {
            Map<String, List<String>> errors = fieldErrorsOf(
                    () -> service.upload(command(DocumentOwner.library(), null, null, "Passport", null, null)));
            assertThat(errors).containsExactly(Map.entry("file", List.of("No file was submitted.")));
            assertNothingKept();
        }

        @Test
        void givenFileWithoutName_whenUploaded_thenFieldErrorOnFile() {
            Map<String, List<String>> errors = fieldErrorsOf(() ->
                    service.upload(command(DocumentOwner.library(), null, Fixtures.pdf(), "Passport", null, null)));
            assertThat(errors).containsOnlyKeys("file");
            assertThat(errors.get("file")).hasSize(1);
        }

        @ParameterizedTest
        @ValueSource(strings = {"malware.exe", "page.html", "logo.svg", "app.js", "README", "archive.zip", "scan.tif5"})
        void givenDisallowedExtension_whenUploaded_thenFileTypeNotAllowed(String fileName) {
            ByteArrayUploadContent content = new ByteArrayUploadContent(Fixtures.pdf());
            Map<String, List<String>> errors =
                    fieldErrorsOf(() -> service.upload(libraryUpload(fileName, content, "Passport")));
            assertThat(errors)
                    .containsExactly(
                            Map.entry("file", List.of("File type not allowed. Allowed types: " + ALLOWED_TYPES)));
            assertNothingKept();
        }

        @Test
        void givenOneByteOverTenMegabytes_whenUploaded_thenTooLarge_andBodyNeverRead() {
            ByteArrayUploadContent content = new ByteArrayUploadContent(Fixtures.pdf((int) TEN_MB + 1));
            assertThat(content.size()).isEqualTo(10_485_761L);
            Map<String, List<String>> errors =
                    fieldErrorsOf(() -> service.upload(libraryUpload("big.pdf", content, "Contract")));
            assertThat(errors)
                    .containsExactly(Map.entry("file", List.of("File size exceeds maximum allowed size of 10MB")));
            assertThat(content.opens()).isZero();
            assertNothingKept();
        }

        @Test
        void givenEmptyFile_whenUploaded_thenRefusedOnFile() {
            Map<String, List<String>> errors = fieldErrorsOf(() ->
                    service.upload(command(DocumentOwner.library(), "empty.pdf", new byte[0], "Passport", null, null)));
            assertThat(errors).containsOnlyKeys("file");
            assertNothingKept();
        }

        @Test
        void givenExecutableNamedPdf_whenUploaded_thenRefusedOnFile() {
            Map<String, List<String>> errors = fieldErrorsOf(() -> service.upload(
                    command(DocumentOwner.library(), "invoice.pdf", Fixtures.exe(), "Invoice", null, null)));
            assertThat(errors).containsOnlyKeys("file");
            assertThat(errors.get("file")).hasSize(1);
            assertNothingKept();
        }

        @Test
        void givenPngNamedPdf_andPdfNamedPng_whenUploaded_thenBothRefusedOnFile() {
            assertThat(fieldErrorsOf(() -> service.upload(
                            command(DocumentOwner.library(), "x.pdf", Fixtures.png(), "Other", null, null))))
                    .containsOnlyKeys("file");
            assertThat(fieldErrorsOf(() -> service.upload(
                            command(DocumentOwner.library(), "x.png", Fixtures.pdf(), "Other", null, null))))
                    .containsOnlyKeys("file");
            assertNothingKept();
        }

        @Test
        void givenExecutableNamedPdf_whenUploaded_thenSameErrorAsADisallowedType() {
            Map<String, List<String>> errors = fieldErrorsOf(() -> service.upload(
                    command(DocumentOwner.library(), "invoice.pdf", Fixtures.exe(), "Invoice", null, null)));
            assertThat(errors)
                    .containsExactly(
                            Map.entry("file", List.of("File type not allowed. Allowed types: " + ALLOWED_TYPES)));
        }

        @ParameterizedTest
        @ValueSource(strings = {"31/12/2030", "2030-13-01", "tomorrow", "2030-02-30"})
        void givenMalformedExpiryDate_whenUploaded_thenFieldErrorOnExpiryDate(String expiry) {
            Map<String, List<String>> errors = fieldErrorsOf(() -> service.upload(
                    command(DocumentOwner.library(), "p.pdf", Fixtures.pdf(), "Passport", null, expiry)));
            assertThat(errors)
                    .containsExactly(Map.entry(
                            "expiry_date",
                            List.of("Date has wrong format. Use one of these formats instead: YYYY-MM-DD.")));
            assertNothingKept();
        }

        @Test
        void givenSeveralBadFields_whenUploaded_thenEveryFieldErrorReportedTogether() {
            Map<String, List<String>> errors = fieldErrorsOf(
                    () -> service.upload(command(DocumentOwner.library(), null, null, " ", "secret", "not-a-date")));
            assertThat(errors).containsOnlyKeys("file", "document_type", "classification", "expiry_date");
            assertThat(errors.get("file")).containsExactly("No file was submitted.");
            assertThat(errors.get("document_type")).containsExactly("This field is required.");
            assertNothingKept();
        }

        @ParameterizedTest
        @EnumSource(ContentProblem.class)
        void givenContentTheInspectorRefuses_whenUploaded_thenItsMessageOnFile_andNothingKept(ContentProblem p) {
            byte[] bytes = Fixtures.pdf(20_000);
            inspector.refuse(bytes, p);
            Map<String, List<String>> errors = fieldErrorsOf(
                    () -> service.upload(command(DocumentOwner.library(), "p.pdf", bytes, "Passport", null, null)));
            assertThat(errors).containsExactly(Map.entry("file", List.of(p.message())));
            assertThat(inspector.inspected()).containsExactly(FileType.PDF);
            assertNothingKept();
        }

        @Test
        void givenFirstBytesOfAnotherType_whenUploaded_thenRefusedWithoutInspectingFurther() {
            fieldErrorsOf(() -> service.upload(
                    command(DocumentOwner.library(), "invoice.pdf", Fixtures.exe(), "Invoice", null, null)));
            assertThat(inspector.inspected()).isEmpty();
        }

        @Test
        void givenTextWithNulAfterTheFirst8KiB_whenUploaded_thenRefusedAsNotUtf8Text() {
            byte[] text = "Name,Amount\nJos\u00e9,12\n".repeat(1_000).getBytes(StandardCharsets.UTF_8);
            byte[] bad = Arrays.copyOf(text, text.length + 1);
            assertThat(text.length).isGreaterThan(FileType.SNIFF_LENGTH);
            Map<String, List<String>> errors = fieldErrorsOf(
                    () -> service.upload(command(DocumentOwner.library(), "rows.csv", bad, "Other", null, null)));
            assertThat(errors).containsExactly(Map.entry("file", List.of(ContentProblem.NOT_UTF8_TEXT.message())));
            assertNothingKept();
        }

        @Test
        void givenDisallowedTypeAndMissingLabel_whenUploaded_thenBothReported() {
            Map<String, List<String>> errors = fieldErrorsOf(() ->
                    service.upload(command(DocumentOwner.library(), "tool.exe", Fixtures.exe(), null, null, null)));
            assertThat(errors).containsOnlyKeys("file", "document_type");
            assertThat(errors.get("file")).containsExactly("File type not allowed. Allowed types: " + ALLOWED_TYPES);
        }
    }

    @Nested
    class AccessAndOwners {
        @Test
        void givenMissingEntityOwner_whenUploaded_thenNotFound_andNothingKept() {
            assertThatThrownBy(() -> service.upload(command(
                            DocumentOwner.entity(EntityId.generate()),
                            "p.pdf",
                            Fixtures.pdf(),
                            "Passport",
                            null,
                            null)))
                    .isInstanceOf(NotFoundException.class);
            assertNothingKept();
        }

        @Test
        void givenOtherTenantsEntity_whenUploaded_thenNotFound_andNothingKept() {
            Entity foreign = Fixtures.entity(entities, TenantId.generate(), "Foreign Ltd", NOW);
            assertThatThrownBy(() -> service.upload(command(
                            DocumentOwner.entity(foreign.id()), "p.pdf", Fixtures.pdf(), "Passport", null, null)))
                    .isInstanceOf(NotFoundException.class);
            assertNothingKept();
        }

        @Test
        void givenKeyWithoutDocumentsScope_whenUploaded_thenForbidden_andContentNeverRead() {
            Caller reviewer = Fixtures.caller(tenant, Scope.REVIEW, Scope.CONFIDENTIAL);
            ByteArrayUploadContent content = new ByteArrayUploadContent(Fixtures.pdf());
            assertThatThrownBy(() -> service.upload(new UploadDocumentCommand(
                            reviewer, DocumentOwner.library(), "p.pdf", content, "Passport", null, null)))
                    .isInstanceOfSatisfying(
                            ForbiddenException.class,
                            e -> assertThat(e.missingScope()).isEqualTo(Scope.DOCUMENTS));
            assertThat(content.opens()).isZero();
            assertNothingKept();
        }
    }

    @Nested
    class Failures {
        @Test
        void givenStorageFailure_whenUploaded_thenStorageFailure_andNoRow_andNoObject() {
            store.failPuts(true);
            assertThatThrownBy(() -> service.upload(
                            libraryUpload("p.pdf", new ByteArrayUploadContent(Fixtures.pdf(50_000)), "Passport")))
                    .isInstanceOfSatisfying(StorageFailureException.class, e -> {
                        assertThat(e.reason()).isEqualTo("Failed to upload file to storage. Please try again later.");
                        assertThat(e.reason()).doesNotContain(InMemoryContentStore.INTERNAL_DETAIL);
                    });
            assertThat(documents.all()).isEmpty();
            assertThat(documents.saveCalls()).isZero();
            assertThat(store.objects()).isEmpty();
        }

        @Test
        void givenRepositorySaveFailure_whenUploaded_thenStorageFailure_andStoredObjectRemoved() {
            documents.failSavesWith(new IllegalStateException("duplicate key value violates unique constraint \"pk\""));
            assertThatThrownBy(() -> service.upload(
                            libraryUpload("p.pdf", new ByteArrayUploadContent(Fixtures.pdf()), "Passport")))
                    .isInstanceOfSatisfying(StorageFailureException.class, e -> {
                        assertThat(e.reason())
                                .isNotBlank()
                                .doesNotContain("duplicate key")
                                .doesNotContain("pk");
                        assertThat(e.getCause()).isInstanceOf(IllegalStateException.class);
                    });
            assertThat(documents.saveCalls()).isEqualTo(1);
            assertThat(documents.all()).isEmpty();
            assertThat(store.deleteCalls()).hasSize(1);
            assertThat(store.deleteCalls().get(0).value()).startsWith("tenants/" + tenant.value() + "/documents/");
            assertThat(store.objects()).isEmpty();
            assertThat(tx.rolledBack()).isEqualTo(1);
        }

        @Test
        void givenRepositoryFailureAndStoreCleanupFailure_whenUploaded_thenStillStorageFailure() {
            documents.failSavesWith(new IllegalStateException("db down"));
            store.failDeletes(true);
            assertThatThrownBy(() -> service.upload(
                            libraryUpload("p.pdf", new ByteArrayUploadContent(Fixtures.pdf()), "Passport")))
                    .isInstanceOf(StorageFailureException.class);
            assertThat(documents.all()).isEmpty();
            assertThat(store.deleteCalls()).hasSize(1);
        }

        @Test
        void givenBytesThatNoLongerMatchTheHashTakenOnArrival_whenUploaded_thenStorageFailure_andNothingKept() {
            UploadContent content =
                    ByteArrayUploadContent.declaringSha256(Fixtures.pdf(), Fixtures.sha256Hex(Fixtures.pdf(50_000)));
            assertThatThrownBy(() -> service.upload(libraryUpload("p.pdf", content, "Passport")))
                    .isInstanceOfSatisfying(
                            StorageFailureException.class,
                            e -> assertThat(e.reason())
                                    .isEqualTo("Failed to upload file to storage. Please try again later."));
            assertNothingKept();
        }

        @Test
        void givenUploadThatCannotBeReadBackForSniffing_whenUploaded_thenStorageFailure_andNothingKept() {
            UploadContent content = ByteArrayUploadContent.failingFromOpen(Fixtures.pdf(), 1);
            assertThatThrownBy(() -> service.upload(libraryUpload("p.pdf", content, "Passport")))
                    .isInstanceOf(StorageFailureException.class);
            assertNothingKept();
        }

        @Test
        void givenUploadThatCannotBeReadWhileInspected_whenUploaded_thenStorageFailure_andNothingKept() {
            inspector.failReads(true);
            assertThatThrownBy(() -> service.upload(
                            libraryUpload("p.pdf", new ByteArrayUploadContent(Fixtures.pdf()), "Passport")))
                    .isInstanceOfSatisfying(
                            StorageFailureException.class,
                            e -> assertThat(e.reason()).isEqualTo("The received file could not be read back."));
            assertNothingKept();
        }

        @Test
        void givenUploadThatCannotBeReadBackWhenStoring_whenUploaded_thenStorageFailure_andNothingKept() {
            // the first open sniffs the head; the second, for storing, fails
            UploadContent content = ByteArrayUploadContent.failingFromOpen(Fixtures.pdf(), 2);
            assertThatThrownBy(() -> service.upload(libraryUpload("p.pdf", content, "Passport")))
                    .isInstanceOf(StorageFailureException.class);
            assertNothingKept();
        }
    }

    @Test
    void givenEveryAllowedTypeConstant_thenMessageListMatchesTheDomainAllowList() {
        assertThat(FileType.allowedExtensions()).isEqualTo(ALLOWED_TYPES);
    }

    /** The stored object read back as a download reads it: decrypted with the document's data key. */
    private byte[] storedPlaintext(Document d) {
        try (var in = sealing.open(
                d, new java.io.ByteArrayInputStream(store.bytesOf(d.file().storageKey())))) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Nested
    class Encryption {
        @Test
        void givenUploadsOfOneOwner_whenStored_thenOneDataKeyEncryptsThemAll_andAnotherOwnerGetsItsOwn() {
            Document a = service.upload(libraryUpload("a.pdf", new ByteArrayUploadContent(Fixtures.pdf()), "Contract"));
            Document b = service.upload(libraryUpload("b.pdf", new ByteArrayUploadContent(Fixtures.pdf()), "Contract"));
            Document c = service.upload(
                    command(DocumentOwner.entity(entity.id()), "c.pdf", Fixtures.pdf(), "Passport", null, null));

            assertThat(dataKeys.all()).hasSize(2);
            assertThat(a.file().sealedWith())
                    .isEqualTo(b.file().sealedWith())
                    .isNotEqualTo(c.file().sealedWith());
            assertThat(cipher.sealed()).isEqualTo(3);
        }

        @Test
        void givenStoredObject_whenReadAsAnotherDocument_thenItDoesNotOpen() {
            Document a = service.upload(libraryUpload("a.pdf", new ByteArrayUploadContent(Fixtures.pdf()), "Contract"));
            Document b = service.upload(libraryUpload("b.pdf", new ByteArrayUploadContent(Fixtures.pdf()), "Contract"));
            byte[] swapped = store.bytesOf(a.file().storageKey());

            assertThatThrownBy(() -> sealing.open(b, new java.io.ByteArrayInputStream(swapped))
                            .readAllBytes())
                    .isInstanceOf(dev.dossier.application.port.out.ContentTamperedException.class);
        }
    }
}
