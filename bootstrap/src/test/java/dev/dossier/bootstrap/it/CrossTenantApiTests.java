package dev.dossier.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.bootstrap.it.ApiClient.Resp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Another tenant's objects answer exactly like missing ones, on every endpoint, and stay untouched. */
interface CrossTenantApiTests extends ApiTest {

    @Test
    default void givenOtherTenantsObjects_whenAccessed_thenEveryEndpointAnswersLikeMissingAndNothingChanges() {
        var owner = api().newTenant();
        var intruder = api().newTenant("documents", "review", "confidential");
        String entity = api().createEntity(owner.apiKey(), "Victim Corp", "company");
        String libraryDoc = api().uploadTenantDocument(owner.apiKey(), "a.pdf", TestFiles.pdf("a"), "Other")
                .json()
                .getString("id");
        String entityDoc = api().upload(
                        "/api/v1/entities/" + entity + "/documents/upload/",
                        owner.apiKey(),
                        Map.of("document_type", "Passport"),
                        "p.pdf",
                        TestFiles.pdf("p"))
                .json()
                .getString("id");
        String missing = java.util.UUID.randomUUID().toString();
        String entityBase = "/api/v1/entities/" + entity + "/documents/";

        List<String[]> requests = List.of(
                new String[] {"GET", "/api/v1/documents/" + libraryDoc + "/"},
                new String[] {"GET", "/api/v1/documents/" + libraryDoc + "/download/"},
                new String[] {"DELETE", "/api/v1/documents/" + libraryDoc + "/"},
                new String[] {"GET", "/api/v1/entities/" + entity + "/"},
                new String[] {"GET", entityBase},
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
        }
        Resp upload = api().upload(
                        entityBase + "upload/",
                        intruder.apiKey(),
                        Map.of("document_type", "Passport"),
                        "x.pdf",
                        TestFiles.pdf("x"));
        assertThat(upload.status()).isEqualTo(404);

        // the intruder sees none of it in its own lists, and the owner still has everything
        assertThat(api().get("/api/v1/documents/", intruder.apiKey()).json().getInt("count"))
                .isZero();
        assertThat(api().get("/api/v1/entities/", intruder.apiKey()).json().getInt("count"))
                .isZero();
        assertThat(api().get("/api/v1/documents/" + libraryDoc + "/", owner.apiKey())
                        .status())
                .isEqualTo(200);
        assertThat(api().get(entityBase, owner.apiKey()).json().getInt("count")).isEqualTo(1);
    }
}
