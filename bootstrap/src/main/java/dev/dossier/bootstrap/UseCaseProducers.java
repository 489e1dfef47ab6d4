package dev.dossier.bootstrap;

import dev.dossier.application.paging.CursorCodec;
import dev.dossier.application.paging.CursorPager;
import dev.dossier.application.paging.CursorSigningKey;
import dev.dossier.application.port.in.audit.ListAuditEventsUseCase;
import dev.dossier.application.port.in.auth.AuthenticateApiKeyUseCase;
import dev.dossier.application.port.in.business.GetBusinessDocumentUseCase;
import dev.dossier.application.port.in.business.ListBusinessDocumentsUseCase;
import dev.dossier.application.port.in.business.ReviewDocumentUseCase;
import dev.dossier.application.port.in.business.ReviewHistoryUseCase;
import dev.dossier.application.port.in.directupload.CreateDirectUploadUseCase;
import dev.dossier.application.port.in.directupload.GetDirectUploadUseCase;
import dev.dossier.application.port.in.directupload.ReceiveDirectUploadUseCase;
import dev.dossier.application.port.in.directupload.SweepDirectUploadsUseCase;
import dev.dossier.application.port.in.document.DeleteDocumentUseCase;
import dev.dossier.application.port.in.document.GetDocumentUseCase;
import dev.dossier.application.port.in.document.IssueDownloadLinkUseCase;
import dev.dossier.application.port.in.document.ListDocumentsUseCase;
import dev.dossier.application.port.in.document.RedeemDownloadLinkUseCase;
import dev.dossier.application.port.in.document.UploadDocumentUseCase;
import dev.dossier.application.port.in.entity.CreateEntityUseCase;
import dev.dossier.application.port.in.entity.GetEntityUseCase;
import dev.dossier.application.port.in.entity.ListEntitiesUseCase;
import dev.dossier.application.port.in.idempotency.ClaimIdempotencyKeyUseCase;
import dev.dossier.application.port.in.response.AttachDocumentUseCase;
import dev.dossier.application.port.in.response.CreateResponseUseCase;
import dev.dossier.application.port.in.response.DeleteResponseDocumentUseCase;
import dev.dossier.application.port.in.response.GetResponseDocumentUseCase;
import dev.dossier.application.port.in.response.GetResponseUseCase;
import dev.dossier.application.port.in.response.IssueResponseDocumentLinkUseCase;
import dev.dossier.application.port.in.response.ListResponseDocumentsUseCase;
import dev.dossier.application.port.in.response.SubmitResponseUseCase;
import dev.dossier.application.port.in.response.UploadResponseDocumentUseCase;
import dev.dossier.application.port.in.tenant.CreateTenantUseCase;
import dev.dossier.application.port.in.tenant.IssueApiKeyUseCase;
import dev.dossier.application.port.in.workflow.AddFulfillmentsUseCase;
import dev.dossier.application.port.in.workflow.AddRequiredDocumentUseCase;
import dev.dossier.application.port.in.workflow.CompleteWorkflowUseCase;
import dev.dossier.application.port.in.workflow.CreateWorkflowUseCase;
import dev.dossier.application.port.in.workflow.ListFulfillmentsUseCase;
import dev.dossier.application.port.in.workflow.ListRequiredDocumentsUseCase;
import dev.dossier.application.port.out.ApiKeyRepository;
import dev.dossier.application.port.out.AttachmentRepository;
import dev.dossier.application.port.out.AuditEventRepository;
import dev.dossier.application.port.out.DirectUploadRepository;
import dev.dossier.application.port.out.DirectUploadStore;
import dev.dossier.application.port.out.DocumentContentStore;
import dev.dossier.application.port.out.DocumentRepository;
import dev.dossier.application.port.out.DownloadTokenRepository;
import dev.dossier.application.port.out.EntityRepository;
import dev.dossier.application.port.out.IdempotencyRepository;
import dev.dossier.application.port.out.QuestionnaireResponseRepository;
import dev.dossier.application.port.out.ReviewEventRepository;
import dev.dossier.application.port.out.SecretGenerator;
import dev.dossier.application.port.out.ServerSecretRepository;
import dev.dossier.application.port.out.TenantRepository;
import dev.dossier.application.port.out.TimeSource;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.application.port.out.WorkflowRepository;
import dev.dossier.application.service.audit.ListAuditEventsService;
import dev.dossier.application.service.auth.AuthenticateApiKeyService;
import dev.dossier.application.service.business.GetBusinessDocumentService;
import dev.dossier.application.service.business.ListBusinessDocumentsService;
import dev.dossier.application.service.business.ReviewDocumentService;
import dev.dossier.application.service.business.ReviewHistoryService;
import dev.dossier.application.service.directupload.CreateDirectUploadService;
import dev.dossier.application.service.directupload.GetDirectUploadService;
import dev.dossier.application.service.directupload.ReceiveDirectUploadService;
import dev.dossier.application.service.directupload.SweepDirectUploadsService;
import dev.dossier.application.service.directupload.UploadSettler;
import dev.dossier.application.service.document.ConfidentialAudit;
import dev.dossier.application.service.document.DeleteDocumentService;
import dev.dossier.application.service.document.GetDocumentService;
import dev.dossier.application.service.document.IssueDownloadLinkService;
import dev.dossier.application.service.document.ListDocumentsService;
import dev.dossier.application.service.document.RedeemDownloadLinkService;
import dev.dossier.application.service.document.UploadDocumentService;
import dev.dossier.application.service.entity.CreateEntityService;
import dev.dossier.application.service.entity.GetEntityService;
import dev.dossier.application.service.entity.ListEntitiesService;
import dev.dossier.application.service.idempotency.ClaimIdempotencyKeyService;
import dev.dossier.application.service.response.AttachDocumentService;
import dev.dossier.application.service.response.CreateResponseService;
import dev.dossier.application.service.response.DeleteResponseDocumentService;
import dev.dossier.application.service.response.GetResponseDocumentService;
import dev.dossier.application.service.response.GetResponseService;
import dev.dossier.application.service.response.IssueResponseDocumentLinkService;
import dev.dossier.application.service.response.ListResponseDocumentsService;
import dev.dossier.application.service.response.SubmitResponseService;
import dev.dossier.application.service.response.UploadResponseDocumentService;
import dev.dossier.application.service.tenant.CreateTenantService;
import dev.dossier.application.service.tenant.IssueApiKeyService;
import dev.dossier.application.service.workflow.AddFulfillmentsService;
import dev.dossier.application.service.workflow.AddRequiredDocumentService;
import dev.dossier.application.service.workflow.CompleteWorkflowService;
import dev.dossier.application.service.workflow.CreateWorkflowService;
import dev.dossier.application.service.workflow.ListFulfillmentsService;
import dev.dossier.application.service.workflow.ListRequiredDocumentsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.UUID;

/** Builds each use case's service from the ports: the application layer stays free of CDI. */
@ApplicationScoped
public class UseCaseProducers {

    /**
     * Cursor pages of every list, signed with the key all instances share (read from the database on
     * first use). Singleton, not application-scoped: the pager is final and needs no proxy.
     */
    @Produces
    @Singleton
    CursorPager cursorPager(ServerSecretRepository secrets, SecretGenerator generator, UnitOfWork tx) {
        return new CursorPager(new CursorCodec(new CursorSigningKey(secrets, generator, tx)));
    }

    @Produces
    @ApplicationScoped
    CreateTenantUseCase createTenant(TenantRepository tenants, TimeSource time, UnitOfWork tx) {
        return new CreateTenantService(tenants, time, tx);
    }

    @Produces
    @ApplicationScoped
    IssueApiKeyUseCase issueApiKey(
            TenantRepository tenants, ApiKeyRepository keys, SecretGenerator secrets, TimeSource time, UnitOfWork tx) {
        return new IssueApiKeyService(tenants, keys, secrets, time, tx);
    }

    @Produces
    @ApplicationScoped
    AuthenticateApiKeyUseCase authenticate(ApiKeyRepository keys) {
        return new AuthenticateApiKeyService(keys);
    }

    @Produces
    @ApplicationScoped
    CreateEntityUseCase createEntity(EntityRepository entities, TimeSource time, UnitOfWork tx) {
        return new CreateEntityService(entities, time, tx);
    }

    @Produces
    @ApplicationScoped
    GetEntityUseCase getEntity(EntityRepository entities) {
        return new GetEntityService(entities);
    }

    @Produces
    @ApplicationScoped
    ListEntitiesUseCase listEntities(EntityRepository entities, UnitOfWork tx, CursorPager pager) {
        return new ListEntitiesService(entities, tx, pager);
    }

    /**
     * The upload service is both the Library upload use case and the first half of a response
     * upload, so it is produced as its class (singleton: a final class needs no proxy), which
     * also makes it the {@link UploadDocumentUseCase}.
     */
    @Produces
    @Singleton
    UploadDocumentService uploadService(
            DocumentRepository documents,
            EntityRepository entities,
            DocumentContentStore store,
            TimeSource time,
            UnitOfWork tx) {
        return new UploadDocumentService(documents, entities, store, time, tx);
    }

    @Produces
    @Singleton
    ConfidentialAudit confidentialAudit(AuditEventRepository events, TimeSource time) {
        return new ConfidentialAudit(events, time);
    }

    @Produces
    @ApplicationScoped
    ListDocumentsUseCase listDocuments(
            DocumentRepository documents, EntityRepository entities, UnitOfWork tx, CursorPager pager) {
        return new ListDocumentsService(documents, entities, tx, pager);
    }

    @Produces
    @ApplicationScoped
    GetDocumentUseCase getDocument(DocumentRepository documents, ConfidentialAudit audit, UnitOfWork tx) {
        return new GetDocumentService(documents, audit, tx);
    }

    @Produces
    @ApplicationScoped
    DeleteDocumentUseCase deleteDocument(
            DocumentRepository documents,
            AttachmentRepository attachments,
            DownloadTokenRepository tokens,
            DocumentContentStore store,
            ConfidentialAudit audit,
            UnitOfWork tx) {
        return new DeleteDocumentService(documents, attachments, tokens, store, audit, tx);
    }

    /** Like the upload service: also the {@link IssueDownloadLinkUseCase}, and reused for attachment links. */
    @Produces
    @Singleton
    IssueDownloadLinkService issueDownloadLinkService(
            DocumentRepository documents,
            DownloadTokenRepository tokens,
            SecretGenerator secrets,
            TimeSource time,
            ConfidentialAudit audit,
            UnitOfWork tx) {
        return new IssueDownloadLinkService(documents, tokens, secrets, time, audit, tx);
    }

    @Produces
    @ApplicationScoped
    RedeemDownloadLinkUseCase redeemDownloadLink(
            DocumentRepository documents,
            DownloadTokenRepository tokens,
            DocumentContentStore store,
            TimeSource time,
            ConfidentialAudit audit,
            UnitOfWork tx) {
        return new RedeemDownloadLinkService(documents, tokens, store, time, audit, tx);
    }

    @Produces
    @ApplicationScoped
    CreateResponseUseCase createResponse(
            EntityRepository entities, QuestionnaireResponseRepository responses, TimeSource time, UnitOfWork tx) {
        return new CreateResponseService(entities, responses, time, tx);
    }

    @Produces
    @ApplicationScoped
    GetResponseUseCase getResponse(QuestionnaireResponseRepository responses) {
        return new GetResponseService(responses);
    }

    @Produces
    @ApplicationScoped
    SubmitResponseUseCase submitResponse(
            QuestionnaireResponseRepository responses,
            AttachmentRepository attachments,
            TimeSource time,
            UnitOfWork tx) {
        return new SubmitResponseService(responses, attachments, time, tx);
    }

    @Produces
    @ApplicationScoped
    UploadResponseDocumentUseCase uploadResponseDocument(
            QuestionnaireResponseRepository responses,
            AttachmentRepository attachments,
            DocumentRepository documents,
            UploadDocumentService uploads,
            TimeSource time) {
        return new UploadResponseDocumentService(responses, attachments, documents, uploads, time);
    }

    @Produces
    @ApplicationScoped
    AttachDocumentUseCase attachDocument(
            QuestionnaireResponseRepository responses,
            DocumentRepository documents,
            AttachmentRepository attachments,
            TimeSource time,
            UnitOfWork tx) {
        return new AttachDocumentService(responses, documents, attachments, time, tx);
    }

    @Produces
    @ApplicationScoped
    ListResponseDocumentsUseCase listResponseDocuments(
            QuestionnaireResponseRepository responses,
            AttachmentRepository attachments,
            DocumentRepository documents,
            CursorPager pager,
            UnitOfWork tx) {
        return new ListResponseDocumentsService(responses, attachments, documents, pager, tx);
    }

    @Produces
    @ApplicationScoped
    ListAuditEventsUseCase listAuditEvents(
            TenantRepository tenants, AuditEventRepository events, CursorPager pager, UnitOfWork tx) {
        return new ListAuditEventsService(tenants, events, pager, tx);
    }

    @Produces
    @ApplicationScoped
    GetResponseDocumentUseCase getResponseDocument(
            QuestionnaireResponseRepository responses,
            AttachmentRepository attachments,
            DocumentRepository documents,
            ConfidentialAudit audit,
            UnitOfWork tx) {
        return new GetResponseDocumentService(responses, attachments, documents, audit, tx);
    }

    @Produces
    @ApplicationScoped
    IssueResponseDocumentLinkUseCase issueResponseDocumentLink(
            QuestionnaireResponseRepository responses,
            AttachmentRepository attachments,
            DocumentRepository documents,
            IssueDownloadLinkService links,
            UnitOfWork tx) {
        return new IssueResponseDocumentLinkService(responses, attachments, documents, links, tx);
    }

    @Produces
    @ApplicationScoped
    DeleteResponseDocumentUseCase deleteResponseDocument(
            QuestionnaireResponseRepository responses,
            AttachmentRepository attachments,
            DocumentRepository documents,
            DownloadTokenRepository tokens,
            DocumentContentStore store,
            ConfidentialAudit audit,
            UnitOfWork tx) {
        return new DeleteResponseDocumentService(responses, attachments, documents, tokens, store, audit, tx);
    }

    @Produces
    @ApplicationScoped
    ClaimIdempotencyKeyUseCase claimIdempotencyKey(IdempotencyRepository records, TimeSource time, UnitOfWork tx) {
        return new ClaimIdempotencyKeyService(records, time, tx);
    }

    // business documents surface (issue 4)

    @Produces
    @ApplicationScoped
    ListBusinessDocumentsUseCase listBusinessDocuments(
            DocumentRepository documents, EntityRepository entities, TimeSource time, UnitOfWork tx) {
        return new ListBusinessDocumentsService(documents, entities, time, tx);
    }

    @Produces
    @ApplicationScoped
    GetBusinessDocumentUseCase getBusinessDocument(IssueDownloadLinkUseCase issueDownloadLink, TimeSource time) {
        return new GetBusinessDocumentService(issueDownloadLink, time);
    }

    @Produces
    @ApplicationScoped
    ReviewDocumentUseCase reviewDocument(
            DocumentRepository documents, ReviewEventRepository events, TimeSource time, UnitOfWork tx) {
        return new ReviewDocumentService(documents, events, time, tx);
    }

    @Produces
    @ApplicationScoped
    ReviewHistoryUseCase reviewHistory(DocumentRepository documents, ReviewEventRepository events, UnitOfWork tx) {
        return new ReviewHistoryService(documents, events, tx);
    }

    // --- direct uploads and workflows (issue 5) ----------------------------------------------

    /** How long a sweep's claim lasts: far longer than checking one 10 MB file takes. */
    private static final Duration SWEEP_LEASE = Duration.ofMinutes(2);

    private static final int SWEEP_BATCH = 50;

    /** Shared by the sweep and document.get; this instance's name in the leases is random per start. */
    @Produces
    @Singleton
    UploadSettler uploadSettler(
            DirectUploadRepository uploads,
            DocumentRepository documents,
            DocumentContentStore contents,
            DirectUploadStore quarantine,
            TimeSource time,
            UnitOfWork tx,
            DossierSettings settings) {
        Duration ttl = settings.directUploadTtl();
        Duration grace = ttl.compareTo(Duration.ofMinutes(1)) < 0 ? ttl : Duration.ofMinutes(1);
        return new UploadSettler(
                uploads, documents, contents, quarantine, time, tx, "dossier-" + UUID.randomUUID(), SWEEP_LEASE, grace);
    }

    @Produces
    @ApplicationScoped
    CreateDirectUploadUseCase createDirectUpload(
            EntityRepository entities,
            DirectUploadRepository uploads,
            DirectUploadStore quarantine,
            TimeSource time,
            UnitOfWork tx,
            DossierSettings settings) {
        return new CreateDirectUploadService(entities, uploads, quarantine, time, tx, settings.directUploadTtl());
    }

    @Produces
    @ApplicationScoped
    GetDirectUploadUseCase getDirectUpload(
            DirectUploadRepository uploads, DocumentRepository documents, UploadSettler settler) {
        return new GetDirectUploadService(uploads, documents, settler);
    }

    @Produces
    @ApplicationScoped
    SweepDirectUploadsUseCase sweepDirectUploads(UploadSettler settler) {
        return new SweepDirectUploadsService(settler, SWEEP_BATCH);
    }

    @Produces
    @ApplicationScoped
    ReceiveDirectUploadUseCase receiveDirectUpload(DirectUploadStore quarantine) {
        return new ReceiveDirectUploadService(quarantine);
    }

    @Produces
    @ApplicationScoped
    CreateWorkflowUseCase createWorkflow(
            EntityRepository entities, WorkflowRepository workflows, TimeSource time, UnitOfWork tx) {
        return new CreateWorkflowService(entities, workflows, time, tx);
    }

    @Produces
    @ApplicationScoped
    CompleteWorkflowUseCase completeWorkflow(WorkflowRepository workflows, TimeSource time, UnitOfWork tx) {
        return new CompleteWorkflowService(workflows, time, tx);
    }

    @Produces
    @ApplicationScoped
    AddRequiredDocumentUseCase addRequiredDocument(WorkflowRepository workflows, TimeSource time, UnitOfWork tx) {
        return new AddRequiredDocumentService(workflows, time, tx);
    }

    @Produces
    @ApplicationScoped
    ListRequiredDocumentsUseCase listRequiredDocuments(
            WorkflowRepository workflows, DocumentRepository documents, UnitOfWork tx) {
        return new ListRequiredDocumentsService(workflows, documents, tx);
    }

    @Produces
    @ApplicationScoped
    AddFulfillmentsUseCase addFulfillments(
            WorkflowRepository workflows,
            DocumentRepository documents,
            DirectUploadRepository uploads,
            TimeSource time,
            UnitOfWork tx) {
        return new AddFulfillmentsService(workflows, documents, uploads, time, tx);
    }

    @Produces
    @ApplicationScoped
    ListFulfillmentsUseCase listFulfillments(
            WorkflowRepository workflows, DocumentRepository documents, UnitOfWork tx) {
        return new ListFulfillmentsService(workflows, documents, tx);
    }
}
