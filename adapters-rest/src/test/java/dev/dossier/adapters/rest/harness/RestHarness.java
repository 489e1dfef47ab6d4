package dev.dossier.adapters.rest.harness;

import dev.dossier.adapters.rest.auth.AdminToken;
import dev.dossier.adapters.rest.http.CorsPolicy;
import dev.dossier.adapters.rest.http.MinimumBodyRate;
import dev.dossier.adapters.rest.http.PublicBaseUrl;
import dev.dossier.adapters.rest.idempotency.IdempotencyContext;
import dev.dossier.adapters.rest.idempotency.IdempotentRequests;
import dev.dossier.adapters.rest.library.DocumentEndpoints;
import dev.dossier.adapters.rest.library.EntityEndpoints;
import dev.dossier.adapters.rest.library.ResponseEndpoints;
import dev.dossier.adapters.rest.multipart.UploadSpool;
import dev.dossier.application.fakes.InMemoryPorts;
import dev.dossier.application.fakes.Pagers;
import dev.dossier.application.fakes.ServiceAssembly;
import dev.dossier.application.paging.CursorPager;
import dev.dossier.application.service.directupload.DirectUploadSettings;
import dev.dossier.application.service.maintenance.OrphanSettings;
import dev.dossier.application.service.retention.ExpiryNoticeSettings;
import dev.dossier.application.service.webhook.WebhookSettings;
import dev.dossier.domain.webhook.RetrySchedule;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.internal.inject.InjectionManager;
import org.glassfish.jersey.process.internal.RequestScoped;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.glassfish.jersey.test.DeploymentContext;
import org.glassfish.jersey.test.ServletDeploymentContext;
import org.glassfish.jersey.test.grizzly.GrizzlyWebTestContainerFactory;
import org.glassfish.jersey.test.spi.TestContainer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The REST adapter in process, for fast tests: every resource, filter and exception mapper of
 * {@code dev.dossier.adapters.rest}, found by package scanning as the server finds them, on Jersey in a Grizzly
 * servlet container on a free loopback port (a servlet container, as on Payara: the client address comes from
 * {@code HttpServletRequest}). Injection is HK2's: the use cases are the application's real services, assembled by
 * {@link ServiceAssembly} over the in-memory fakes of the ports ({@link #ports()}), and the adapter's own beans are
 * bound in the scopes CDI gives them on the server.
 *
 * <p>Register it per test class ({@code @RegisterExtension static final RestHarness api = new RestHarness();}): one
 * server and one set of fakes per class. Tests keep apart by using tenants of their own ({@link ApiCalls#newTenant}).
 * The server allows no browser origin unless the class gives it a {@link CorsPolicy} ({@code new RestHarness(policy)}).
 */
public final class RestHarness extends ApiCalls implements BeforeAllCallback, AfterAllCallback {
    public static final String ADMIN_TOKEN = "test-admin-token";
    public static final String PUBLIC_URL = "https://dossier.example";
    /** When the fakes' clock starts; tests move it with {@code ports().time()}. */
    public static final Instant START = Instant.parse("2026-01-30T14:23:45.123456Z");

    /**
     * Jersey's start-up warnings (the resources' {@code @Path("/")} methods) and Grizzly's notes, as loggers held
     * here: java.util.logging forgets levels set on loggers nobody references.
     */
    private static final List<Logger> QUIET = List.of(
            quiet("org.glassfish.jersey.internal.Errors", Level.SEVERE),
            quiet("org.glassfish.grizzly", Level.WARNING),
            quiet("org.glassfish.jersey.test", Level.WARNING));

    private final CorsPolicy cors;
    private String owner;
    private InMemoryPorts ports;
    private ServiceAssembly services;
    private ServletContainer servlet;
    private TestContainer container;
    private Path spool;

    /** A server that allows no browser origin, as Dossier without DOSSIER_CORS_ALLOWED_ORIGINS. */
    public RestHarness() {
        this(CorsPolicy.NONE);
    }

    /** A server that allows the browser origins of {@code cors}. */
    public RestHarness(CorsPolicy cors) {
        this.cors = cors;
    }

    /** Starts the server for the test class; its {@code @Nested} classes share it. */
    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (owner == null) {
            owner = context.getUniqueId();
            start();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (context.getUniqueId().equals(owner)) {
            owner = null;
            stop();
        }
    }

    /** Starts the server over fresh fakes. */
    public void start() throws IOException {
        ports = new InMemoryPorts(START);
        services = ServiceAssembly.builder()
                .ports(ports.all())
                .provide(CursorPager.class, Pagers.fixedKey())
                .provide(
                        DirectUploadSettings.class,
                        new DirectUploadSettings(Duration.ofMinutes(5), "rest-test", Duration.ofMinutes(2), 50))
                .provide(
                        OrphanSettings.class,
                        new OrphanSettings(Duration.ofHours(1), Duration.ofMinutes(5), "rest-test"))
                .provide(
                        WebhookSettings.class,
                        new WebhookSettings(
                                RetrySchedule.parse(RetrySchedule.DEFAULT), false, "rest-test", Duration.ofSeconds(15)))
                .provide(ExpiryNoticeSettings.class, new ExpiryNoticeSettings(ExpiryNoticeSettings.DEFAULT_DAYS))
                .build();
        spool = Files.createTempDirectory("dossier-rest-test-spool");
        servlet = new ServletContainer(application(services, new UploadSpool(spool), cors));
        DeploymentContext deployment =
                ServletDeploymentContext.forServlet(servlet).build();
        container = new GrizzlyWebTestContainerFactory().create(URI.create("http://127.0.0.1:0/"), deployment);
        container.start();
        baseUri(container.getBaseUri());
    }

    /** Stops the server and removes the upload spool. */
    public void stop() {
        if (container != null) {
            container.stop();
            container = null;
        }
        if (spool != null) {
            try (Stream<Path> files = Files.walk(spool)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The JAX-RS application as the server deploys it, with HK2 bindings in place of CDI's. */
    static ResourceConfig application(ServiceAssembly services, UploadSpool spool, CorsPolicy cors) {
        Map<Class<?>, Object> useCases = services.useCases();
        return new ResourceConfig()
                .packages(true, "dev.dossier.adapters.rest")
                // as DossierApplication sets it
                .property("jersey.config.server.wadl.disableWadl", true)
                .register(new AbstractBinder() {
                    @Override
                    protected void configure() {
                        useCases.forEach((useCase, service) -> bindService(service, useCase));
                        bind(new AdminToken(ADMIN_TOKEN)).to(AdminToken.class);
                        bind(new PublicBaseUrl(PUBLIC_URL)).to(PublicBaseUrl.class);
                        bind(spool).to(UploadSpool.class);
                        bind(cors).to(CorsPolicy.class);
                        bind(new MinimumBodyRate(1024, Duration.ofSeconds(10))).to(MinimumBodyRate.class);
                        // @ApplicationScoped beans on the server
                        bindAsContract(DocumentEndpoints.class).in(Singleton.class);
                        bindAsContract(ResponseEndpoints.class).in(Singleton.class);
                        bindAsContract(EntityEndpoints.class).in(Singleton.class);
                        bindAsContract(IdempotentRequests.class).in(Singleton.class);
                        // @RequestScoped on the server: application-scoped beans get a proxy, as CDI gives them
                        bindAsContract(IdempotencyContext.class)
                                .in(RequestScoped.class)
                                .proxy(true)
                                .proxyForSameScope(false);
                    }

                    @SuppressWarnings("unchecked")
                    private <T> void bindService(Object service, Class<T> useCase) {
                        bind((T) service).to(useCase);
                    }
                });
    }

    private static Logger quiet(String name, Level level) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(level);
        return logger;
    }

    /** The fakes behind the ports, to seed data, move the clock or make a port fail. */
    public InMemoryPorts ports() {
        return ports;
    }

    /** Moves the clock on a second, so that what is created next is newer (lists are newest first). */
    public void tick() {
        ports.time().advance(Duration.ofSeconds(1));
    }

    /** The services the resources call. */
    public ServiceAssembly services() {
        return services;
    }

    /** The running application's injector, to look at what the resources and filters were given. */
    public InjectionManager injectionManager() {
        return servlet.getApplicationHandler().getInjectionManager();
    }
}
