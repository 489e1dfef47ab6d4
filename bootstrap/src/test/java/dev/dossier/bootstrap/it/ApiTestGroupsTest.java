package dev.dossier.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The API suite runs its groups by implementing them in one class (one server start for all): a
 * group that {@link DossierApiIT} (or its Liberty twin) forgets to implement would never run, so this
 * fails instead.
 */
class ApiTestGroupsTest {

    @Test
    void givenApiTestGroups_thenTheSuiteImplementsEveryOne() {
        List<Class<?>> groups = new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                        .importPackages(ApiTest.class.getPackageName())
                        .stream()
                        .filter(JavaClass::isInterface)
                        .filter(c -> c.getSimpleName().endsWith("ApiTests"))
                        .map(JavaClass::reflect)
                        .<Class<?>>map(c -> c)
                        .toList();

        assertThat(groups).hasSizeGreaterThan(20);
        assertThat(Arrays.asList(DossierApiIT.class.getInterfaces())).containsAll(groups);
    }

    @Test
    void givenTheSuiteOnPayara_thenTheSuiteOnLibertyRunsTheSameGroups() {
        assertThat(DossierApiLibertyIT.class.getInterfaces())
                .containsExactlyInAnyOrder(DossierApiIT.class.getInterfaces());
    }

    @Test
    void givenApiTestGroups_thenEachHasTheGroupSuffixAndExtendsApiTest() {
        assertThat(DossierApiIT.class.getInterfaces())
                .allSatisfy(group -> assertThat(ApiTest.class).isAssignableFrom(group))
                .allSatisfy(group -> assertThat(group.getSimpleName()).endsWith("ApiTests"));
    }
}
