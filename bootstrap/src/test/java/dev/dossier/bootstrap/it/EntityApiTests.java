package dev.dossier.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.bootstrap.it.ApiClient.Resp;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Library v1 entities. */
interface EntityApiTests extends ApiTest {

    @Test
    default void givenValidEntity_whenCreated_then201AndReadable() {
        var t = api().newTenant();
        Resp created = api().postJson(
                        "/api/v1/entities/",
                        t.apiKey(),
                        "{\"name\": \"Acme Corporation Ltd\", \"entity_type\": \"company\"}");
        assertThat(created.status()).isEqualTo(201);
        JsonObject e = created.json();
        assertThat(e.keySet()).containsExactlyInAnyOrder("id", "name", "entity_type", "created_at");
        assertThat(e.getString("name")).isEqualTo("Acme Corporation Ltd");
        assertThat(e.getString("entity_type")).isEqualTo("company");

        Resp got = api().get("/api/v1/entities/" + e.getString("id") + "/", t.apiKey());
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.json()).isEqualTo(e);
    }

    @Test
    default void givenSeveralEntities_whenListed_thenNewestFirstWithCountAndLimit() {
        var t = api().newTenant();
        String first = api().createEntity(t.apiKey(), "First", "company");
        String second = api().createEntity(t.apiKey(), "Second", "individual");
        String third = api().createEntity(t.apiKey(), "Third", "company");

        Resp all = api().get("/api/v1/entities/", t.apiKey());
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().getInt("count")).isEqualTo(3);
        assertThat(all.json().getJsonArray("entities").stream()
                        .map(v -> v.asJsonObject().getString("id")))
                .containsExactly(third, second, first);

        Resp limited = api().get("/api/v1/entities/?limit=2", t.apiKey());
        assertThat(limited.json().getInt("count")).isEqualTo(3);
        assertThat(limited.json().getJsonArray("entities")).hasSize(2);
    }

    @Test
    default void givenInvalidEntity_whenCreated_then400NamingEachField() {
        var t = api().newTenant();
        Resp r = api().outsideContract().postJson("/api/v1/entities/", t.apiKey(), "{\"entity_type\": \"trust\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().getJsonArray("name").getString(0)).isEqualTo("This field is required.");
        assertThat(r.json().getJsonArray("entity_type").getString(0)).contains("trust");
        assertThat(api().get("/api/v1/entities/", t.apiKey()).json().getInt("count"))
                .isZero();
    }

    @Test
    default void givenUnknownOrMalformedId_whenEntityRead_then404() {
        var t = api().newTenant();
        // a malformed id is outside the document's uuid format
        for (String id : new String[] {UUID.randomUUID().toString(), "not-a-uuid"}) {
            Resp r = api().outsideContract().get("/api/v1/entities/" + id + "/", t.apiKey());
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.json().getString("detail")).isEqualTo("Not found.");
        }
    }

    @Test
    default void givenBadLimit_whenEntitiesListed_then400() {
        var t = api().newTenant();
        assertThat(api().outsideContract()
                        .get("/api/v1/entities/?limit=abc", t.apiKey())
                        .json()
                        .getJsonArray("limit")
                        .getString(0))
                .isEqualTo("A valid integer is required.");
        assertThat(api().outsideContract()
                        .get("/api/v1/entities/?limit=1001", t.apiKey())
                        .status())
                .isEqualTo(400);
        assertThat(api().outsideContract()
                        .get("/api/v1/entities/?limit=0", t.apiKey())
                        .status())
                .isEqualTo(400);
    }
}
