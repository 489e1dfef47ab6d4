package dev.dossier.bootstrap.it;

/** What every group of API tests needs: a client of the one deployed server. */
public interface ApiTest {
    ApiClient api();
}
