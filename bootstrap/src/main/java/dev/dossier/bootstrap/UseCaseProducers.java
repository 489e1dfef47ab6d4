package dev.dossier.bootstrap;

import dev.dossier.application.paging.CursorCodec;
import dev.dossier.application.paging.CursorPager;
import dev.dossier.application.paging.CursorSigningKey;
import dev.dossier.application.port.in.auth.AuthenticateApiKeyUseCase;
import dev.dossier.application.port.in.document.DeleteDocumentUseCase;
import dev.dossier.application.port.in.document.GetDocumentUseCase;
import dev.dossier.application.port.in.document.IssueDownloadLinkUseCase;
import dev.dossier.application.port.in.document.ListDocumentsUseCase;
import dev.dossier.application.port.in.document.RedeemDownloadLinkUseCase;
import dev.dossier.application.port.in.document.UploadDocumentUseCase;
import dev.dossier.application.port.in.entity.CreateEntityUseCase;
import dev.dossier.application.port.in.entity.GetEntityUseCase;
import dev.dossier.application.port.in.entity.ListEntitiesUseCase;
import dev.dossier.application.port.in.tenant.CreateTenantUseCase;
import dev.dossier.application.port.in.tenant.IssueApiKeyUseCase;
import dev.dossier.application.port.out.ApiKeyRepository;
import dev.dossier.application.port.out.AttachmentRepository;
import dev.dossier.application.port.out.DocumentContentStore;
import dev.dossier.application.port.out.DocumentRepository;
import dev.dossier.application.port.out.DownloadTokenRepository;
import dev.dossier.application.port.out.EntityRepository;
import dev.dossier.application.port.out.SecretGenerator;
import dev.dossier.application.port.out.ServerSecretRepository;
import dev.dossier.application.port.out.TenantRepository;
import dev.dossier.application.port.out.TimeSource;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.application.service.auth.AuthenticateApiKeyService;
import dev.dossier.application.service.document.DeleteDocumentService;
import dev.dossier.application.service.document.GetDocumentService;
import dev.dossier.application.service.document.IssueDownloadLinkService;
import dev.dossier.application.service.document.ListDocumentsService;
import dev.dossier.application.service.document.RedeemDownloadLinkService;
import dev.dossier.application.service.document.UploadDocumentService;
import dev.dossier.application.service.entity.CreateEntityService;
import dev.dossier.application.service.entity.GetEntityService;
import dev.dossier.application.service.entity.ListEntitiesService;
import dev.dossier.application.service.tenant.CreateTenantService;
import dev.dossier.application.service.tenant.IssueApiKeyService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

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
    IssueApiKeyUseCase issueApiKey(TenantRepository tenants, ApiKeyRepository keys, SecretGenerator secrets,
                                   TimeSource time, UnitOfWork tx) {
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

    @Produces
    @ApplicationScoped
    UploadDocumentUseCase upload(DocumentRepository documents, EntityRepository entities, DocumentContentStore store,
                                 TimeSource time, UnitOfWork tx) {
        return new UploadDocumentService(documents, entities, store, time, tx);
    }

    @Produces
    @ApplicationScoped
    ListDocumentsUseCase listDocuments(DocumentRepository documents, EntityRepository entities, UnitOfWork tx,
                                       CursorPager pager) {
        return new ListDocumentsService(documents, entities, tx, pager);
    }

    @Produces
    @ApplicationScoped
    GetDocumentUseCase getDocument(DocumentRepository documents) {
        return new GetDocumentService(documents);
    }

    @Produces
    @ApplicationScoped
    DeleteDocumentUseCase deleteDocument(DocumentRepository documents, AttachmentRepository attachments,
                                         DownloadTokenRepository tokens, DocumentContentStore store, UnitOfWork tx) {
        return new DeleteDocumentService(documents, attachments, tokens, store, tx);
    }

    @Produces
    @ApplicationScoped
    IssueDownloadLinkUseCase issueDownloadLink(DocumentRepository documents, DownloadTokenRepository tokens,
                                               SecretGenerator secrets, TimeSource time, UnitOfWork tx) {
        return new IssueDownloadLinkService(documents, tokens, secrets, time, tx);
    }

    @Produces
    @ApplicationScoped
    RedeemDownloadLinkUseCase redeemDownloadLink(DocumentRepository documents, DownloadTokenRepository tokens,
                                                 DocumentContentStore store, TimeSource time, UnitOfWork tx) {
        return new RedeemDownloadLinkService(documents, tokens, store, time, tx);
    }
}
