package dev.dossier.adapters.persistence;

/** {@link AbstractQuestionnaireResponseRepositoryTest} on the embedded H2 database. */
class H2QuestionnaireResponseRepositoryIT extends AbstractQuestionnaireResponseRepositoryTest {
    @Override
    protected TestDatabase database() {
        return TestDatabase.h2();
    }
}
