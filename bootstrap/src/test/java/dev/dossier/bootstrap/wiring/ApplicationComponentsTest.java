package dev.dossier.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.dossier.application.port.in.entity.GetEntityUseCase;
import dev.dossier.application.port.out.TimeSource;
import dev.dossier.application.service.directupload.DirectUploadSettings;
import dev.dossier.application.service.document.DownloadLinkIssuer;
import dev.dossier.application.service.document.UploadDocumentService;
import dev.dossier.application.service.wiringsamples.NeedsABrokenHelper;
import dev.dossier.application.service.wiringsamples.NeedsAString;
import dev.dossier.application.service.wiringsamples.PortsOnlyHelper;
import dev.dossier.application.service.wiringsamples.SampleClock;
import dev.dossier.application.service.wiringsamples.SampleSettings;
import dev.dossier.application.service.wiringsamples.Samples;
import dev.dossier.application.service.wiringsamples.SelfDependent;
import dev.dossier.application.service.wiringsamples.TwoConstructors;
import dev.dossier.application.service.wiringsamples.WellFormedService;
import dev.dossier.domain.document.Document;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The wiring rules, on fixture classes and on the real application module, without a container. */
class ApplicationComponentsTest {
    private final ApplicationComponents rules = new ApplicationComponents();

    @Test
    void givenServiceOfPortsCollaboratorsAndSettings_thenComponentOfferedAsItsUseCaseOnly() {
        assertThat(rules.whyNotComponent(WellFormedService.class)).isEmpty();
        assertThat(ApplicationComponents.beanTypes(WellFormedService.class)).containsExactly(GetEntityUseCase.class);
    }

    @Test
    void givenCollaborator_thenComponentOfferedAsItsOwnClass() {
        assertThat(rules.isComponent(PortsOnlyHelper.class)).isTrue();
        assertThat(ApplicationComponents.beanTypes(PortsOnlyHelper.class)).containsExactly(PortsOnlyHelper.class);
    }

    @Test
    void givenOutgoingPortImplementation_thenOfferedAsThatPort() {
        assertThat(rules.isComponent(SampleClock.class)).isTrue();
        assertThat(ApplicationComponents.beanTypes(SampleClock.class)).containsExactly(TimeSource.class);
    }

    @Test
    void givenClassesTheContainerCannotBuild_thenNotComponentsAndTheReasonSaysWhy() {
        assertThat(rules.whyNotComponent(TwoConstructors.class))
                .hasValueSatisfying(why -> assertThat(why).contains("2 public constructors"));
        assertThat(rules.whyNotComponent(NeedsAString.class))
                .hasValueSatisfying(why -> assertThat(why)
                        .contains("java.lang.String", "neither a port, a component nor a settings record"));
        assertThat(rules.whyNotComponent(NeedsABrokenHelper.class))
                .hasValueSatisfying(
                        why -> assertThat(why).contains(TwoConstructors.class.getName(), "2 public constructors"));
        assertThat(rules.whyNotComponent(SelfDependent.class))
                .hasValueSatisfying(why -> assertThat(why).contains("depends on itself"));
        assertThat(rules.whyNotComponent(Samples.NestedHelper.class))
                .hasValueSatisfying(why -> assertThat(why).contains("top-level"));
    }

    @Test
    void givenRecordsAndClassesOutsideServicePackages_thenNotComponents() {
        assertThat(rules.isComponent(SampleSettings.class)).isFalse();
        assertThat(rules.isComponent(DirectUploadSettings.class)).isFalse();
        assertThat(rules.isComponent(Document.class)).isFalse();
        assertThat(rules.isComponent(String.class)).isFalse();
    }

    @Test
    void givenApplicationModule_thenEveryUseCaseHasExactlyOneService() {
        List<Class<?>> classes = applicationClasses();
        List<Class<?>> useCases =
                classes.stream().filter(ApplicationComponents::isUseCase).toList();
        Map<Class<?>, List<String>> servicesByUseCase = useCases.stream()
                .collect(Collectors.toMap(
                        u -> u,
                        u -> classes.stream()
                                .filter(rules::isComponent)
                                .filter(c -> ApplicationComponents.beanTypes(c).contains(u))
                                .map(Class::getSimpleName)
                                .toList()));

        assertThat(useCases).hasSizeGreaterThan(30);
        assertThat(servicesByUseCase)
                .allSatisfy((useCase, services) ->
                        assertThat(services).as(useCase.getSimpleName()).hasSize(1));
        assertThat(servicesByUseCase.get(GetEntityUseCase.class)).containsExactly("GetEntityService");
    }

    @Test
    void givenApplicationModule_thenEveryServiceIsAComponentAndCollaboratorsAreOfferedByClass() {
        List<Class<?>> services = applicationClasses().stream()
                .filter(c -> c.getSimpleName().endsWith("Service") && !c.isInterface())
                .toList();

        assertThat(services)
                .allSatisfy(s ->
                        assertThat(rules.whyNotComponent(s)).as(s.getName()).isEmpty());
        assertThat(ApplicationComponents.beanTypes(DownloadLinkIssuer.class))
                .isEqualTo(Set.of(DownloadLinkIssuer.class));
        assertThat(ApplicationComponents.beanTypes(UploadDocumentService.class))
                .doesNotContain(UploadDocumentService.class);
    }

    private static List<Class<?>> applicationClasses() {
        return new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("dev.dossier.application")
                        .stream()
                        .map(JavaClass::reflect)
                        .collect(Collectors.toList());
    }
}
