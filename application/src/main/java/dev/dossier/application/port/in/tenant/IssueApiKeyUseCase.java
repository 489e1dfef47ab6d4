package dev.dossier.application.port.in.tenant;

/** Use case (admin): issue an API key for a tenant. */
public interface IssueApiKeyUseCase {
    IssuedApiKey issue(IssueApiKeyCommand command);
}
