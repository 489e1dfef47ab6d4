package dev.dossier.application.port.in.tenant;

import dev.dossier.application.paging.CursorPage;
import dev.dossier.application.paging.PageRequest;
import dev.dossier.domain.tenant.Tenant;

/** Use case (admin): every tenant, newest first, by cursor. */
public interface ListTenantsUseCase {
    /** @throws dev.dossier.application.error.ValidationException on a cursor this list did not issue */
    CursorPage<Tenant> list(PageRequest page);
}
