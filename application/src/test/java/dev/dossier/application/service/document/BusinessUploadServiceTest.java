package dev.dossier.application.service.document;

import static dev.dossier.application.fakes.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.dossier.application.error.ValidationException;
import dev.dossier.application.fakes.Audits;
import dev.dossier.application.fakes.ByteArrayUploadContent;
import dev.dossier.application.fakes.CountingOperationsMeter;
import dev.dossier.application.fakes.DirectUnitOfWork;
import dev.dossier.application.fakes.FakeContentInspector;
import dev.dossier.application.fakes.FixedTimeSource;
import dev.dossier.application.fakes.Fixtures;
import dev.dossier.application.fakes.InMemoryContentStore;
import dev.dossier.application.fakes.InMemoryDocumentRepository;
import dev.dossier.application.fakes.InMemoryEntityRepository;
import dev.dossier.application.fakes.InMemoryEventOutbox;
import dev.dossier.application.fakes.MalwareChecks;
import dev.dossier.application.fakes.Sealings;
import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.application.port.in.document.UploadDocumentCommand;
import dev.dossier.application.port.in.document.UploadDocumentCommand.BusinessFields;
import dev.dossier.domain.document.BusinessType;
import dev.dossier.domain.document.Classification;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.entity.Entity;
import dev.dossier.domain.tenant.Scope;
import dev.dossier.domain.tenant.TenantId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Uploads through the business surface: {@code type} and {@code user_data} instead of {@code document_type}. */
class BusinessUploadServiceTest {
    private final TenantId tenant = TenantId.generate();
    private final Caller caller = Fixtures.caller(tenant, Scope.DOCUMENTS);
    private final InMemoryDocumentRepository documents = new InMemoryDocumentRepository();
    private final InMemoryEntityRepository entities = new InMemoryEntityRepository();
    private final InMemoryContentStore store = new InMemoryContentStore();
    private final UploadDocumentService service = new UploadDocumentService(new DocumentUploader(
            documents,
            entities,
            store,
            Sealings.fresh(new FixedTimeSource(NOW), new DirectUnitOfWork()),
            new FixedTimeSource(NOW),
            new DirectUnitOfWork(),
            MalwareChecks.unobserved(),
            new FakeContentInspector(),
            Audits.unobserved(),
            new InMemoryEventOutbox(),
            new CountingOperationsMeter()));
    private Entity business;

    @BeforeEach
    void setUp() {
        business = Fixtures.entity(entities, tenant, "Acme Ltd", NOW.minusSeconds(3600));
    }

    private UploadDocumentCommand command(String fileName, byte[] bytes, String type, String userData) {
        return new UploadDocumentCommand(
                caller,
                DocumentOwner.entity(business.id()),
                fileName,
                bytes == null ? null : new ByteArrayUploadContent(bytes),
                null,
                null,
                null,
                new BusinessFields(type, userData));
    }

    private Map<String, List<String>> errorsOf(UploadDocumentCommand c) {
        Throwable t = catchThrowable(() -> service.upload(c));
        assertThat(t).isInstanceOf(ValidationException.class);
        assertThat(documents.all()).isEmpty();
        assertThat(store.objects()).isEmpty();
        return ((ValidationException) t).fieldErrors();
    }

    @ParameterizedTest
    @EnumSource(BusinessType.class)
    void givenEachType_whenUploaded_thenStoredUnderItsLabelAndReadsBackAsTheSameType(BusinessType type) {
        Document d = service.upload(command("doc.pdf", Fixtures.pdf(), type.wireName(), null));
        assertThat(d.businessType()).isEqualTo(type);
        assertThat(d.documentType()).isEqualTo(type.label());
        assertThat(BusinessType.fromLabel(d.documentType())).isEqualTo(type);
        assertThat(d.classification()).isEqualTo(Classification.ENTITY_PRIVATE);
        assertThat(d.userData()).isEmpty();
    }

    @Test
    void givenUserDataWithExpiry_whenUploaded_thenCanonicalAndExpirySet() {
        Document d = service.upload(command(
                "license.pdf",
                Fixtures.pdf(),
                "identification",
                "{ \"purpose\": \"Identity verification\", \"expiry_date\": \"2025-12-31\" }"));
        assertThat(d.userData().orElseThrow().json())
                .isEqualTo("{\"purpose\":\"Identity verification\",\"expiry_date\":\"2025-12-31\"}");
        assertThat(d.expiryDate()).contains(LocalDate.of(2025, 12, 31));
        assertThat(documents.all()).containsExactly(d);
    }

    @Test
    void givenMissingTypeBadUserDataAndNoFile_whenUploaded_thenOne400NamingEach() {
        Map<String, List<String>> errors = errorsOf(command(null, null, null, "[1]"));
        assertThat(errors).containsOnlyKeys("file", "type", "user_data");
        assertThat(errors.get("type")).containsExactly("This field is required.");
    }

    @Test
    void givenUnknownType_whenUploaded_thenRefusedListingTheChoices() {
        assertThat(errorsOf(command("a.pdf", Fixtures.pdf(), "passport", null)).get("type"))
                .containsExactly("\"passport\" is not a valid choice. Allowed: identification, bank_statement,"
                        + " tax_form, contract, "
                        + "license, other.");
    }

    @Test
    void givenBadExpiryInUserData_whenUploaded_thenRefusedOnUserData() {
        assertThat(errorsOf(command("a.pdf", Fixtures.pdf(), "other", "{\"expiry_date\": \"soon\"}")))
                .containsOnlyKeys("user_data");
    }

    @Test
    void givenExecutableNamedPdf_whenUploaded_thenRefusedOnFileAsInTheLibrary() {
        assertThat(errorsOf(command("a.pdf", Fixtures.exe(), "other", null))).containsOnlyKeys("file");
    }
}
