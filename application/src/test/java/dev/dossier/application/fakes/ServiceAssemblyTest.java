package dev.dossier.application.fakes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.application.paging.CursorPager;
import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.application.port.in.entity.GetEntityUseCase;
import dev.dossier.application.port.in.response.GetResponseUseCase;
import dev.dossier.application.port.in.tenant.CreateTenantCommand;
import dev.dossier.application.port.in.tenant.CreateTenantUseCase;
import dev.dossier.application.port.out.TenantRepository;
import dev.dossier.application.port.out.TimeSource;
import dev.dossier.application.service.maintenance.OrphanSettings;
import dev.dossier.application.service.retention.ExpiryNoticeSettings;
import dev.dossier.application.service.tenant.CreateTenantService;
import dev.dossier.application.service.webhook.WebhookSettings;
import dev.dossier.domain.attachment.ResponseId;
import dev.dossier.domain.entity.Entity;
import dev.dossier.domain.entity.EntityId;
import dev.dossier.domain.response.QuestionnaireResponse;
import dev.dossier.domain.tenant.Tenant;
import dev.dossier.domain.webhook.RetrySchedule;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ServiceAssemblyTest {
    private static final Instant NOW = Instant.parse("2026-01-30T14:23:45Z");

    /** The values the direct-upload services take, under the names their constructors and settings use. */
    static ServiceAssembly.Builder overFakes(InMemoryPorts ports) {
        return ServiceAssembly.builder()
                .ports(ports.all())
                .provide(CursorPager.class, Pagers.fixedKey())
                .value("ttl", Duration.ofMinutes(5))
                .value("lease", Duration.ofMinutes(2))
                .value("grace", Duration.ofMinutes(1))
                .value("owner", "assembly-test")
                .value("instance", "assembly-test")
                .value("batchSize", 50)
                .value("sweepBatch", 50)
                .settings(new OrphanSettings(Duration.ofHours(1), Duration.ofMinutes(5), "assembly-test"))
                .settings(new ExpiryNoticeSettings(ExpiryNoticeSettings.DEFAULT_DAYS))
                .settings(new WebhookSettings(
                        RetrySchedule.parse(RetrySchedule.DEFAULT), false, "assembly-test", Duration.ofSeconds(15)));
    }

    @Nested
    class TheRealServices {
        @Test
        void givenEveryServiceOnTheClassPath_whenAssembledOverTheFakes_thenEveryUseCaseHasItsService() {
            ServiceAssembly assembly = overFakes(new InMemoryPorts(NOW)).build();

            Set<String> useCases = ServiceAssembly.classesUnder(ServiceAssembly.PORT_IN).stream()
                    .filter(c -> c.isInterface() && c.getSimpleName().endsWith("UseCase"))
                    .map(Class::getName)
                    .collect(Collectors.toSet());
            assertThat(useCases).hasSizeGreaterThan(30);
            assertThat(assembly.useCases().keySet().stream().map(Class::getName))
                    .containsExactlyInAnyOrderElementsOf(useCases);
            assembly.useCases()
                    .forEach((useCase, service) -> assertThat(service)
                            .isInstanceOf(useCase)
                            .extracting(s -> s.getClass().getPackageName())
                            .asString()
                            .startsWith("dev.dossier.application.service."));
        }

        @Test
        void givenAssembly_whenAUseCaseRuns_thenItWorksOnTheRegisteredFakes() {
            InMemoryPorts ports = new InMemoryPorts(NOW);
            ServiceAssembly assembly = overFakes(ports).build();

            Tenant created = assembly.useCase(CreateTenantUseCase.class).create(new CreateTenantCommand("Acme Bank"));

            assertThat(ports.tenants().all()).containsExactly(created);
            assertThat(created.createdAt()).isEqualTo(NOW);
            assertThat(ports.tx().committed()).isEqualTo(1);
        }

        @Test
        void givenTheSameUseCaseAskedTwice_thenTheSameServiceInstance() {
            ServiceAssembly assembly = overFakes(new InMemoryPorts(NOW)).build();

            assertThat(assembly.useCase(CreateTenantUseCase.class))
                    .isSameAs(assembly.useCase(CreateTenantUseCase.class))
                    .isInstanceOf(CreateTenantService.class);
        }

        @Test
        void givenAPortWithoutFake_whenBuilt_thenFailsNamingThePort() {
            assertThatThrownBy(() -> ServiceAssembly.builder()
                            .services(CreateTenantService.class)
                            .port(new FixedTimeSource(NOW))
                            .port(new DirectUnitOfWork())
                            .build())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("no fake registered for the port")
                    .hasMessageContaining(TenantRepository.class.getName());
        }
    }

    @Nested
    class TheRules {
        @Test
        void givenACollaboratorClass_thenItIsBuiltOnceAndShared() {
            ServiceAssembly assembly = ServiceAssembly.builder()
                    .services(EntityReader.class, ResponseReader.class)
                    .port(new FixedTimeSource(NOW))
                    .build();

            EntityReader entities = (EntityReader) assembly.useCase(GetEntityUseCase.class);
            ResponseReader responses = (ResponseReader) assembly.useCase(GetResponseUseCase.class);

            assertThat(entities.clock).isSameAs(responses.clock).isSameAs(assembly.component(SampleClock.class));
            assertThat(entities.clock.time.now()).isEqualTo(NOW);
        }

        @Test
        void givenAUseCaseParameter_thenTheServiceImplementingIt() {
            ServiceAssembly assembly = ServiceAssembly.builder()
                    .services(EntityReader.class, ResponseReader.class)
                    .port(new FixedTimeSource(NOW))
                    .build();

            ResponseReader responses = (ResponseReader) assembly.useCase(GetResponseUseCase.class);

            assertThat(responses.entities).isSameAs(assembly.useCase(GetEntityUseCase.class));
        }

        @Test
        void givenASettingsRecord_thenTheRegisteredOne_elseOneMadeFromNamedValues() {
            SampleSettings registered = new SampleSettings(Duration.ofSeconds(7), "registered");
            ServiceAssembly withRecord = ServiceAssembly.builder()
                    .services(Configured.class)
                    .settings(registered)
                    .value("ttl", Duration.ofMinutes(5))
                    .value("limit", 3)
                    .build();
            ServiceAssembly fromValues = ServiceAssembly.builder()
                    .services(Configured.class)
                    .value("ttl", Duration.ofMinutes(5))
                    .value("name", "from values")
                    .value("limit", 3)
                    .build();

            Configured a = (Configured) withRecord.useCase(GetEntityUseCase.class);
            Configured b = (Configured) fromValues.useCase(GetEntityUseCase.class);

            assertThat(a.settings).isSameAs(registered);
            assertThat(b.settings).isEqualTo(new SampleSettings(Duration.ofMinutes(5), "from values"));
            assertThat(a.limit).isEqualTo(3);
        }

        @Test
        void givenAProvidedInstance_thenItWinsOverEveryOtherRule() {
            SampleClock clock = new SampleClock(new FixedTimeSource(Instant.EPOCH));
            ServiceAssembly assembly = ServiceAssembly.builder()
                    .services(EntityReader.class)
                    .provide(SampleClock.class, clock)
                    .build();

            assertThat(((EntityReader) assembly.useCase(GetEntityUseCase.class)).clock)
                    .isSameAs(clock);
        }

        @Test
        void givenAPlainParameterWithoutValue_whenBuilt_thenFailsNamingIt() {
            assertThatThrownBy(() -> ServiceAssembly.builder()
                            .services(Configured.class)
                            .value("ttl", Duration.ofMinutes(5))
                            .value("name", "n")
                            .build())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("no value registered under \"limit\"")
                    .hasMessageContaining("Configured");
        }

        @Test
        void givenAValueOfTheWrongType_whenBuilt_thenFailsNamingIt() {
            assertThatThrownBy(() -> ServiceAssembly.builder()
                            .services(Configured.class)
                            .value("ttl", "five minutes")
                            .value("name", "n")
                            .value("limit", 3)
                            .build())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("\"ttl\" is a java.lang.String");
        }

        @Test
        void givenTwoPublicConstructors_whenBuilt_thenFails() {
            assertThatThrownBy(() -> ServiceAssembly.builder()
                            .services(TwoConstructors.class)
                            .build())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("has 2 public constructors, not one");
        }

        @Test
        void givenConstructorsThatDependOnEachOther_whenBuilt_thenFailsNamingTheChain() {
            assertThatThrownBy(() ->
                            ServiceAssembly.builder().services(Circular.class).build())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Circular -> Circular")
                    .hasMessageContaining("depend on each other");
        }

        @Test
        void givenTwoServicesOfOneUseCase_whenBuilt_thenFails() {
            assertThatThrownBy(() -> ServiceAssembly.builder()
                            .services(EntityReader.class, Configured.class)
                            .port(new FixedTimeSource(NOW))
                            .build())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("has two services");
        }

        @Test
        void givenAFakeOfNoPort_whenRegistered_thenRefused() {
            assertThatThrownBy(() -> ServiceAssembly.builder().port("not a port"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    /** A collaborator: a concrete application class that is neither a service nor a port. */
    public static final class SampleClock {
        final TimeSource time;

        public SampleClock(TimeSource time) {
            this.time = time;
        }
    }

    /** Sample settings. */
    public record SampleSettings(Duration ttl, String name) {}

    /** A sample service taking a collaborator. */
    public static final class EntityReader implements GetEntityUseCase {
        final SampleClock clock;

        public EntityReader(SampleClock clock) {
            this.clock = clock;
        }

        @Override
        public Entity get(Caller caller, EntityId entityId) {
            throw new UnsupportedOperationException();
        }
    }

    /** A sample service taking a collaborator and another use case. */
    public static final class ResponseReader implements GetResponseUseCase {
        final SampleClock clock;
        final GetEntityUseCase entities;

        public ResponseReader(SampleClock clock, GetEntityUseCase entities) {
            this.clock = clock;
            this.entities = entities;
        }

        @Override
        public QuestionnaireResponse get(Caller caller, ResponseId responseId) {
            throw new UnsupportedOperationException();
        }
    }

    /** A sample service taking settings and a plain value. */
    public static final class Configured implements GetEntityUseCase {
        final SampleSettings settings;
        final int limit;

        public Configured(SampleSettings settings, int limit) {
            this.settings = settings;
            this.limit = limit;
        }

        @Override
        public Entity get(Caller caller, EntityId entityId) {
            throw new UnsupportedOperationException();
        }
    }

    /** A sample service the rules refuse: which constructor? */
    public static final class TwoConstructors implements GetEntityUseCase {
        public TwoConstructors() {}

        public TwoConstructors(TimeSource time) {}

        @Override
        public Entity get(Caller caller, EntityId entityId) {
            throw new UnsupportedOperationException();
        }
    }

    /** A sample service the rules refuse: it needs itself. */
    public static final class Circular implements GetEntityUseCase {
        public Circular(Circular self) {}

        @Override
        public Entity get(Caller caller, EntityId entityId) {
            throw new UnsupportedOperationException();
        }
    }
}
