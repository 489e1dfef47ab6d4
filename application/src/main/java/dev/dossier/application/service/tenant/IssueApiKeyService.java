package dev.dossier.application.service.tenant;

import dev.dossier.application.error.FieldErrors;
import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.port.in.tenant.IssueApiKeyCommand;
import dev.dossier.application.port.in.tenant.IssueApiKeyUseCase;
import dev.dossier.application.port.in.tenant.IssuedApiKey;
import dev.dossier.application.port.out.ApiKeyRepository;
import dev.dossier.application.port.out.SecretGenerator;
import dev.dossier.application.port.out.TenantRepository;
import dev.dossier.application.port.out.TimeSource;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.domain.tenant.ApiKey;

/** Use case: issue an API key; the secret leaves this method once and only its hash is stored. */
public final class IssueApiKeyService implements IssueApiKeyUseCase {
    static final String KEY_PREFIX = "dsk_";
    private final TenantRepository tenants;
    private final ApiKeyRepository keys;
    private final SecretGenerator secrets;
    private final TimeSource time;
    private final UnitOfWork tx;

    public IssueApiKeyService(
            TenantRepository tenants, ApiKeyRepository keys, SecretGenerator secrets, TimeSource time, UnitOfWork tx) {
        this.tenants = tenants;
        this.keys = keys;
        this.secrets = secrets;
        this.time = time;
        this.tx = tx;
    }

    @Override
    public IssuedApiKey issue(IssueApiKeyCommand command) {
        return tx.inTransaction(() -> {
            tenants.findById(command.tenantId()).orElseThrow(() -> new NotFoundException("tenant"));
            String secret = secrets.newSecret(KEY_PREFIX);
            FieldErrors errors = new FieldErrors();
            ApiKey key = errors.capture(() -> ApiKey.issue(
                    command.tenantId(), command.email(), command.scopes(), secret, time.now(), command.expiresAt()));
            errors.throwIfAny();
            keys.save(key);
            return new IssuedApiKey(key, secret);
        });
    }
}
