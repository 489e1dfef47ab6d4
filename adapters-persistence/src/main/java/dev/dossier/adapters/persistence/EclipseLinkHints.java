package dev.dossier.adapters.persistence;

/**
 * The EclipseLink query hints this adapter uses, in one place: with {@link ColumnBindingCustomizer}
 * they are why the persistence unit needs EclipseLink as its provider (docs/deploying.md). Another
 * provider would ignore the hint silently, so it is named here rather than spelt at each query.
 */
final class EclipseLinkHints {
    /**
     * Reads the row again even when the persistence context already holds the entity: the row may have
     * changed in the database since (another instance, or a bulk update that bypasses the entity
     * manager), and the use case must see the database's version.
     */
    static final String REFRESH = "eclipselink.refresh";

    private EclipseLinkHints() {}
}
