package dev.dossier.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.bootstrap.it.ApiClient.Resp;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Library v2: another tenant's objects answer exactly like missing ones, on every endpoint, and stay untouched. */
interface CrossTenantV2ApiTests extends ApiTest {

    @Test
    default void givenOtherTenantsObjects_whenAccessedThroughV2_thenEveryEndpointAnswersLikeMissingAndNothingChanges() {
        var owner = api().newTenant();
        var intruder = api().newTenant("documents", "review", "confidential");
        String entity = api().createEntity(owner.apiKey(), "Victim Corp", "company");
        String libraryDoc = api().upload(
                        "/api/v2/documents/upload/",
                        owner.apiKey(),
                        Map.of("document_type", "Other"),
                        "a.pdf",
                        TestFiles.pdf("a"))
                .json()
                .getString("id");
        String entityBase = "/api/v2/entities/" + entity + "/documents/";
        String entityDoc = api().upload(
                        entityBase, owner.apiKey(), Map.of("document_type", "Passport"), "p.pdf", TestFiles.pdf("p"))
                .json()
                .getString("id");
        String missing = UUID.randomUUID().toString();

        List<String[]> requests = List.of(
                new String[] {"GET", "/api/v2/documents/" + libraryDoc + "/"},
                new String[] {"GET", "/api/v2/documents/" + libraryDoc + "/download/"},
                new String[] {"DELETE", "/api/v2/documents/" + libraryDoc + "/"},
                new String[] {"GET", "/api/v2/entities/" + entity + "/"},
                new String[] {"GET", entityBase},
                new String[] {"GET", entityBase + "?page_size=1&document_type=Passport"},
                new String[] {"GET", entityBase + entityDoc + "/"},
                new String[] {"GET", entityBase + entityDoc + "/download/"},
                new String[] {"DELETE", entityBase + entityDoc + "/"});
        for (String[] req : requests) {
            Resp foreign = api().send(req[0], req[1], intruder.apiKey(), null, null);
            Resp absent = api().send(
                            req[0],
                            req[1].replace(libraryDoc, missing)
                                    .replace(entityDoc, missing)
                                    .replace(entity, missing),
                            intruder.apiKey(),
                            null,
                            null);
            assertThat(foreign.status()).as(req[0] + " " + req[1]).isEqualTo(404);
            assertThat(foreign.text())
                    .as(req[0] + " " + req[1])
                    .isEqualTo(absent.text())
                    .isEqualTo("{\"detail\":\"Not found.\"}");
            assertThat(foreign.headers().keySet())
                    .as(req[0] + " " + req[1])
                    .containsExactlyInAnyOrderElementsOf(absent.headers().keySet());
        }
        for (String target : List.of(entity, missing)) {
            Resp upload = api().upload(
                            "/api/v2/entities/" + target + "/documents/",
                            intruder.apiKey(),
                            Map.of("document_type", "Passport"),
                            "x.pdf",
                            TestFiles.pdf("x"));
            assertThat(upload.status()).isEqualTo(404);
            assertThat(upload.text()).isEqualTo("{\"detail\":\"Not found.\"}");
        }

        // the intruder sees none of it in its own lists, and the owner still has everything
        assertThat(api().get("/api/v2/documents/", intruder.apiKey()).json().getJsonArray("results"))
                .isEmpty();
        assertThat(api().get("/api/v2/entities/", intruder.apiKey()).json().getJsonArray("results"))
                .isEmpty();
        assertThat(api().get("/api/v2/documents/" + libraryDoc + "/", owner.apiKey())
                        .status())
                .isEqualTo(200);
        assertThat(api().get(entityBase, owner.apiKey()).json().getInt("count")).isEqualTo(1);
        assertThat(api().get(entityBase + entityDoc + "/", owner.apiKey()).status())
                .isEqualTo(200);
    }
}
