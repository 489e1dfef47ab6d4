package dev.dossier.application.service.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.application.error.ForbiddenException;
import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.error.ValidationException;
import dev.dossier.application.fakes.Fixtures;
import dev.dossier.application.fakes.InMemoryPorts;
import dev.dossier.application.fakes.Pagers;
import dev.dossier.application.paging.PageRequest;
import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.application.port.in.webhook.ManageWebhooksUseCase.CreateWebhookCommand;
import dev.dossier.application.port.in.webhook.ManageWebhooksUseCase.CreatedWebhook;
import dev.dossier.domain.event.DomainEvent;
import dev.dossier.domain.event.EventType;
import dev.dossier.domain.tenant.Scope;
import dev.dossier.domain.tenant.TenantId;
import dev.dossier.domain.webhook.RetrySchedule;
import dev.dossier.domain.webhook.WebhookDelivery;
import dev.dossier.domain.webhook.WebhookEndpoint;
import dev.dossier.domain.webhook.WebhookSignature;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookServicesTest {
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final String NOT_PUBLIC =
            "The host resolves to a loopback, private or otherwise non-public address.";
    private final InMemoryPorts ports = new InMemoryPorts(NOW);
    private final TenantId tenant = TenantId.generate();
    private final Caller caller = Fixtures.caller(tenant, Scope.WEBHOOKS);
    private final WebhookSettings settings =
            new WebhookSettings(RetrySchedule.parse("5,60"), false, "unit", WebhookSettings.DEFAULT_TIMEOUT);
    private final WebhookTargets targets = new WebhookTargets(ports.hostResolver(), settings);
    private final WebhookService service = new WebhookService(
            ports.webhooks(),
            ports.webhooks(),
            targets,
            ports.keyWrapping(),
            ports.secrets(),
            Pagers.fixedKey(),
            ports.time(),
            ports.tx());
    private final WebhookDeliveryWorker worker = new WebhookDeliveryWorker(
            ports.webhooks(),
            ports.webhooks(),
            ports.webhookSender(),
            targets,
            ports.keyWrapping(),
            ports.time(),
            ports.tx(),
            settings);

    private CreatedWebhook created(String... events) {
        return service.create(caller, new CreateWebhookCommand("https://hooks.example.com/in", List.of(events), "CRM"));
    }

    private void publish(TenantId owner, EventType type) {
        ports.events().publish(DomainEvent.of(owner, type, ports.time().now(), Map.of("document_id", "d1")));
    }

    private void runOnce() {
        worker.fanOut();
        worker.claim(10).forEach(worker::attempt);
    }

    @Test
    void givenValidRequest_whenCreated_thenSecretShownOnce_andStoredOnlyWrapped() {
        CreatedWebhook created = created("document.created");

        assertThat(created.secret()).startsWith("whsec_");
        assertThat(WebhookSignature.keyOf(created.secret())).hasSize(32);
        WebhookEndpoint stored =
                ports.webhooks().findById(tenant, created.endpoint().id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(WebhookEndpoint.Status.ENABLED);
        // kept only as the key wrapping made it, bound to this endpoint of this tenant
        assertThat(stored.wrappedSecret().masterKeyId())
                .isEqualTo(ports.keyWrapping().currentMasterKeyId());
        assertThat(ports.keyWrapping()
                        .unwrap(stored.wrappedSecret(), WebhookEndpoint.secretContext(tenant, stored.id())))
                .isEqualTo(created.secret().getBytes(StandardCharsets.US_ASCII));
        assertThat(service.list(caller))
                .extracting(WebhookEndpoint::id)
                .containsExactly(created.endpoint().id());
    }

    @Test
    void givenBadUrlOrEvents_whenCreated_thenFieldErrors_andNothingStored() {
        assertThatThrownBy(() ->
                        service.create(caller, new CreateWebhookCommand("ftp://hooks.example.com/", List.of(), null)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("url", List.of("Enter an absolute http or https URL."))
                                .containsEntry("events", List.of("Name at least one event type, or \"*\" for all.")));
        assertThatThrownBy(() ->
                        service.create(caller, new CreateWebhookCommand("/relative", List.of("document.nope"), null)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("events", List.of("\"document.nope\" is not a known event type."))
                                .containsKey("url"));
        assertThat(service.list(caller)).isEmpty();
    }

    @Test
    void givenPrivateTargets_whenCreatedWithoutAllowing_thenRefusedOnUrl() {
        ports.hostResolver().pointing("sneaky.example.com", "93.184.216.34", "10.0.0.5");
        for (String url : List.of(
                "http://127.0.0.1:8080/",
                "http://[::1]/",
                "http://169.254.169.254/",
                "http://sneaky.example.com/",
                "http://[::ffff:192.168.0.1]/")) {
            assertThatThrownBy(() -> service.create(caller, new CreateWebhookCommand(url, List.of("*"), null)))
                    .as(url)
                    .isInstanceOfSatisfying(
                            ValidationException.class,
                            e -> assertThat(e.fieldErrors().get("url")).containsExactly(NOT_PUBLIC));
        }
        WebhookTargets allowing = new WebhookTargets(
                ports.hostResolver(),
                new WebhookSettings(RetrySchedule.parse("1"), true, "unit", WebhookSettings.DEFAULT_TIMEOUT));
        assertThat(allowing.whyRefused(java.net.URI.create("http://127.0.0.1:8080/")))
                .isEmpty();
    }

    @Test
    void givenCallerWithoutScope_orOtherTenant_thenForbidden_orNotFound() {
        CreatedWebhook created = created("*");
        Caller noScope = Fixtures.caller(tenant, Scope.DOCUMENTS);
        Caller other = Fixtures.caller(TenantId.generate(), Scope.WEBHOOKS);

        assertThatThrownBy(() -> service.list(noScope)).isInstanceOf(ForbiddenException.class);
        String id = created.endpoint().id().toString();
        assertThatThrownBy(() -> service.get(other, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.delete(other, id)).isInstanceOf(NotFoundException.class);
        assertThat(service.get(caller, id).id()).isEqualTo(created.endpoint().id());
    }

    @Test
    void givenSubscribedEvent_whenDelivered_thenSignedAsStandardWebhooks_andOnlySubscribersGetIt() {
        CreatedWebhook created = created("document.created");
        publish(tenant, EventType.DOCUMENT_CREATED);
        publish(tenant, EventType.DOCUMENT_DELETED);
        publish(TenantId.generate(), EventType.DOCUMENT_CREATED);

        runOnce();

        assertThat(ports.webhookSender().sent()).singleElement().satisfies(sent -> {
            String id = sent.headers().get("webhook-id");
            String timestamp = sent.headers().get("webhook-timestamp");
            assertThat(id).startsWith("evt_");
            assertThat(timestamp).isEqualTo(Long.toString(NOW.getEpochSecond()));
            assertThat(sent.headers().get("webhook-signature"))
                    .isEqualTo(WebhookSignature.sign(
                            WebhookSignature.keyOf(created.secret()), id, Long.parseLong(timestamp), sent.body()));
            assertThat(sent.body()).startsWith("{\"id\":\"" + id + "\",\"type\":\"document.created\"");
        });
        assertThat(ports.webhooks().deliveries()).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(WebhookDelivery.Status.SUCCEEDED);
            assertThat(d.attempt()).isEqualTo(1);
            assertThat(d.responseStatus()).isEqualTo(200);
        });
    }

    @Test
    void givenFailingReceiver_whenRetried_thenOnTheScheduleThenFailed_andManualRetryMakesItPending() {
        CreatedWebhook created = created("*");
        ports.webhookSender().answer(500, null, 503);
        publish(tenant, EventType.DOCUMENT_CREATED);

        runOnce();
        WebhookDelivery first = ports.webhooks().deliveries().get(0);
        assertThat(first.status()).isEqualTo(WebhookDelivery.Status.PENDING);
        assertThat(first.nextAttemptAt()).isEqualTo(NOW.plusSeconds(5));
        runOnce(); // not due yet
        assertThat(ports.webhookSender().sent()).hasSize(1);

        ports.time().advance(Duration.ofSeconds(5));
        runOnce();
        assertThat(ports.webhooks().deliveries().get(0).nextAttemptAt()).isEqualTo(NOW.plusSeconds(65));
        ports.time().advance(Duration.ofSeconds(60));
        runOnce();
        WebhookDelivery last = ports.webhooks().deliveries().get(0);
        assertThat(last.status()).isEqualTo(WebhookDelivery.Status.FAILED);
        assertThat(last.attempt()).isEqualTo(3);
        assertThat(last.responseStatus()).isEqualTo(503);
        assertThat(ports.webhookSender().sent())
                .hasSize(3)
                .extracting(s -> s.headers().get("webhook-id"))
                .containsOnly(ports.webhookSender().sent().get(0).headers().get("webhook-id"));

        WebhookDelivery retried = service.retry(
                caller, created.endpoint().id().toString(), last.id().toString());
        assertThat(retried.status()).isEqualTo(WebhookDelivery.Status.PENDING);
        assertThat(retried.nextAttemptAt()).isEqualTo(ports.time().now());
        runOnce();
        assertThat(ports.webhooks().deliveries().get(0).status()).isEqualTo(WebhookDelivery.Status.SUCCEEDED);
        assertThat(service.deliveries(caller, created.endpoint().id().toString(), PageRequest.first(10))
                        .items())
                .hasSize(1);
    }

    @Test
    void givenGoneReceiver_whenDelivered_thenEndpointDisabled_andNothingMoreSent() {
        CreatedWebhook created = created("*");
        ports.webhookSender().answer(410);
        publish(tenant, EventType.DOCUMENT_CREATED);
        runOnce();
        publish(tenant, EventType.DOCUMENT_DELETED);
        runOnce();

        assertThat(service.get(caller, created.endpoint().id().toString()).status())
                .isEqualTo(WebhookEndpoint.Status.DISABLED);
        assertThat(ports.webhookSender().sent()).hasSize(1);
    }
}
