package dev.dossier.application.service.tenant;

import dev.dossier.application.error.FieldErrors;
import dev.dossier.application.port.in.tenant.CreateTenantCommand;
import dev.dossier.application.port.in.tenant.CreateTenantUseCase;
import dev.dossier.application.port.out.TenantRepository;
import dev.dossier.application.port.out.TimeSource;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.domain.tenant.Tenant;

/** Use case: create a tenant. */
public final class CreateTenantService implements CreateTenantUseCase {
    private final TenantRepository tenants;
    private final TimeSource time;
    private final UnitOfWork tx;

    public CreateTenantService(TenantRepository tenants, TimeSource time, UnitOfWork tx) {
        this.tenants = tenants;
        this.time = time;
        this.tx = tx;
    }

    @Override
    public Tenant create(CreateTenantCommand command) {
        FieldErrors errors = new FieldErrors();
        Tenant tenant = errors.capture(() -> Tenant.create(command.name(), time.now()));
        errors.throwIfAny();
        tx.inTransaction(() -> tenants.save(tenant));
        return tenant;
    }
}
