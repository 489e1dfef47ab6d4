package dev.dossier.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.dossier.bootstrap.linksamples.NeedsServlet;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestPathCheckTest {

    @Test
    void givenTheServletApi_whenChecked_thenTheRequestPathWorks() {
        assertThat(new RequestPathCheck().problem()).isEmpty();
        assertThat(RequestPathCheck.firstUnlinkable(() -> List.of(NeedsServlet.class)))
                .isEmpty();
    }

    /** A server without the Servlet feature: the class loads, its field's type does not. */
    @Test
    void givenNoServletApi_whenChecked_thenTheClassAndTheMissingTypeAreNamed() throws Exception {
        try (URLClassLoader withoutServlet = new HidingClassLoader()) {
            Class<?> sample = Class.forName(NeedsServlet.class.getName(), false, withoutServlet);
            assertThat(sample.getClassLoader()).isSameAs(withoutServlet);

            assertThat(RequestPathCheck.firstUnlinkable(() -> List.of(sample)))
                    .hasValueSatisfying(problem -> assertThat(problem)
                            .startsWith(NeedsServlet.class.getName() + ": java.lang.NoClassDefFoundError")
                            .contains("jakarta/servlet/http/HttpServletRequest"));
        }
    }

    @Test
    void givenTheRestAdapter_thenEveryClassUsingTheServletApiIsChecked() {
        List<String> usingServlet = new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("dev.dossier.adapters.rest")
                        .stream()
                        .filter(c -> c.getDirectDependenciesFromSelf().stream()
                                .anyMatch(
                                        d -> d.getTargetClass().getPackageName().startsWith("jakarta.servlet")))
                        .map(JavaClass::getName)
                        .filter(name -> !name.contains("$"))
                        .distinct()
                        .toList();

        assertThat(usingServlet).isNotEmpty();
        assertThat(RequestPathCheck.servletClasses().stream().map(Class::getName))
                .containsExactlyInAnyOrderElementsOf(usingServlet);
    }

    /** Loads the samples itself and hides the Servlet API, as a server without the feature does. */
    private static final class HidingClassLoader extends URLClassLoader {
        HidingClassLoader() {
            super(
                    new URL[] {
                        NeedsServlet.class.getProtectionDomain().getCodeSource().getLocation()
                    },
                    RequestPathCheckTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                if (name.startsWith("jakarta.servlet.")) {
                    throw new ClassNotFoundException(name);
                }
                if (name.startsWith(NeedsServlet.class.getPackageName() + ".")) {
                    Class<?> loaded = findLoadedClass(name);
                    return loaded != null ? loaded : findClass(name);
                }
                return super.loadClass(name, resolve);
            }
        }
    }
}
