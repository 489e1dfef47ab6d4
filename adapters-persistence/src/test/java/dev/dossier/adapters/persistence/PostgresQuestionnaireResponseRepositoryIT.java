package dev.dossier.adapters.persistence;

/** {@link AbstractQuestionnaireResponseRepositoryTest} on PostgreSQL. */
class PostgresQuestionnaireResponseRepositoryIT extends AbstractQuestionnaireResponseRepositoryTest {
    @Override
    protected TestDatabase database() {
        return TestDatabase.postgres();
    }
}
