package dev.dossier.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rules of docs/architecture.md: dependencies point inward, adapters never call each other. */
class ArchitectureTest {
    private static JavaClasses dossier;

    @BeforeAll
    static void importClasses() {
        dossier = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.dossier");
    }

    @Test
    void givenDomain_thenItImportsOnlyTheJavaPlatform() {
        classes()
                .that()
                .resideInAPackage("dev.dossier.domain..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("dev.dossier.domain..", "java..")
                .check(dossier);
    }

    /** The JDK's own cryptography ({@code javax.crypto}: the cursors' HMAC) is platform, not adapter technology. */
    @Test
    void givenApplication_thenItDependsOnlyOnTheDomainAndJava() {
        classes()
                .that()
                .resideInAPackage("dev.dossier.application..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("dev.dossier.application..", "dev.dossier.domain..", "java..", "javax.crypto..")
                .check(dossier);
    }

    @Test
    void givenLayers_thenDependenciesPointInward() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("Domain")
                .definedBy("dev.dossier.domain..")
                .layer("Application")
                .definedBy("dev.dossier.application..")
                .layer("Rest")
                .definedBy("dev.dossier.adapters.rest..")
                .layer("Persistence")
                .definedBy("dev.dossier.adapters.persistence..")
                .layer("Storage")
                .definedBy("dev.dossier.adapters.storage..")
                .layer("Bootstrap")
                .definedBy("dev.dossier.bootstrap..")
                .whereLayer("Bootstrap")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Rest")
                .mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("Persistence")
                .mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("Storage")
                .mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("Application")
                .mayOnlyBeAccessedByLayers("Rest", "Persistence", "Storage", "Bootstrap")
                .check(dossier);
    }

    @Test
    void givenRestAdapter_thenItNeverTouchesJpaOrMinio() {
        noClasses()
                .that()
                .resideInAPackage("dev.dossier.adapters.rest..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "jakarta.persistence..",
                        "org.eclipse.persistence..",
                        "io.minio..",
                        "okhttp3..",
                        "org.flywaydb..")
                .check(dossier);
    }

    @Test
    void givenServices_thenTheyNeverImportAdapterTechnology() {
        noClasses()
                .that()
                .resideInAPackage("dev.dossier.application..")
                .should()
                .dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(
                                "jakarta..", "javax..", "io.minio..", "org.eclipse..", "org.flywaydb..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("javax.crypto.."))))
                .check(dossier);
    }

    @Test
    void givenStorageAdapter_thenItNeverTouchesJpaOrJaxRs() {
        noClasses()
                .that()
                .resideInAPackage("dev.dossier.adapters.storage..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.persistence..", "jakarta.ws.rs..")
                .check(dossier);
    }

    @Test
    void givenPersistenceAdapter_thenItNeverTouchesJaxRsOrMinio() {
        noClasses()
                .that()
                .resideInAPackage("dev.dossier.adapters.persistence..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.ws.rs..", "io.minio..")
                .check(dossier);
    }
}
