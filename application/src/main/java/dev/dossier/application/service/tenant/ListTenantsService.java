package dev.dossier.application.service.tenant;

import dev.dossier.application.paging.CursorPage;
import dev.dossier.application.paging.CursorPager;
import dev.dossier.application.paging.CursorScope;
import dev.dossier.application.paging.KeysetPosition;
import dev.dossier.application.paging.PageRequest;
import dev.dossier.application.port.in.tenant.ListTenantsUseCase;
import dev.dossier.application.port.out.TenantRepository;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.domain.tenant.Tenant;

/** Use case (admin): every tenant, newest first, by keyset cursor. */
public final class ListTenantsService implements ListTenantsUseCase {
    private static final CursorScope SCOPE = CursorScope.of("tenants");
    private final TenantRepository tenants;
    private final CursorPager pager;
    private final UnitOfWork tx;

    public ListTenantsService(TenantRepository tenants, CursorPager pager, UnitOfWork tx) {
        this.tenants = tenants;
        this.pager = pager;
        this.tx = tx;
    }

    @Override
    public CursorPage<Tenant> list(PageRequest page) {
        return pager.list(
                page,
                SCOPE,
                keyset -> tx.inTransaction(() -> tenants.page(keyset)),
                t -> new KeysetPosition(t.createdAt(), t.id().value()));
    }
}
