package dev.dossier.application.service.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.application.fakes.DirectUnitOfWork;
import dev.dossier.application.fakes.FakeContentCipher;
import dev.dossier.application.fakes.FakeKeyWrapping;
import dev.dossier.application.fakes.Fixtures;
import dev.dossier.application.fakes.InMemoryContentStore;
import dev.dossier.application.fakes.InMemoryDataKeyRepository;
import dev.dossier.application.fakes.InMemoryDocumentRepository;
import dev.dossier.application.fakes.MutableTimeSource;
import dev.dossier.application.port.out.KeyUnavailableException;
import dev.dossier.domain.crypto.DataKey;
import dev.dossier.domain.document.Classification;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.entity.EntityId;
import dev.dossier.domain.tenant.TenantId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CryptoServicesTest {
    private final TenantId tenant = TenantId.generate();
    private final MutableTimeSource time = new MutableTimeSource(Fixtures.NOW);
    private final DirectUnitOfWork tx = new DirectUnitOfWork();
    private final InMemoryDataKeyRepository keys = new InMemoryDataKeyRepository();
    private final FakeKeyWrapping wrapping = new FakeKeyWrapping("mk-1");
    private final FakeContentCipher cipher = new FakeContentCipher();
    private final DataKeys dataKeys = new DataKeys(keys, wrapping, cipher, time, tx);
    private final DocumentSealing sealing = new DocumentSealing(dataKeys, cipher);
    private final InMemoryDocumentRepository documents = new InMemoryDocumentRepository();
    private final InMemoryContentStore store = new InMemoryContentStore();

    @Nested
    class MasterKeyCheck {
        private final CheckMasterKeysService check = new CheckMasterKeysService(keys, wrapping, tx);

        @Test
        void givenNoDataKeys_whenChecked_thenNothingToOpen() {
            check.check();
        }

        @Test
        void givenKeysOfTheConfiguredMasterKeys_whenChecked_thenThePass() {
            dataKeys.forOwner(tenant, DocumentOwner.library());
            wrapping.rotateTo("mk-2");
            dataKeys.forOwner(tenant, DocumentOwner.entity(EntityId.generate()));

            check.check();
        }

        @Test
        void givenKeysOfAMasterKeyNoLongerConfigured_whenChecked_thenRefusedNamingIt() {
            dataKeys.forOwner(tenant, DocumentOwner.library());
            wrapping.rotateTo("mk-2");
            wrapping.forget("mk-1");

            assertThatThrownBy(check::check)
                    .isInstanceOf(KeyUnavailableException.class)
                    .hasMessageContaining("mk-1")
                    .hasMessageContaining("DOSSIER_MASTER_KEY");
        }
    }

    @Nested
    class Rotation {
        private final RewrapDataKeysService rewrap = new RewrapDataKeysService(keys, wrapping, tx);

        @Test
        void givenKeysOfAnEarlierMasterKey_whenRewrapped_thenAllUseTheCurrentOneAndStillOpen() {
            DataKeys.OpenKey library = dataKeys.forOwner(tenant, DocumentOwner.library());
            DataKeys.OpenKey entity = dataKeys.forOwner(tenant, DocumentOwner.entity(EntityId.generate()));
            wrapping.rotateTo("mk-2");

            assertThat(rewrap.rewrapBatch()).isEqualTo(2);
            assertThat(rewrap.rewrapBatch()).isZero();

            wrapping.forget("mk-1");
            assertThat(keys.all())
                    .allSatisfy(k -> assertThat(k.wrapped().masterKeyId()).isEqualTo("mk-2"));
            for (DataKey key : keys.all()) {
                byte[] material = wrapping.unwrap(key.wrapped(), key.wrappingContext());
                byte[] expected = key.id().equals(library.id()) ? library.material() : entity.material();
                assertThat(material).isEqualTo(expected);
            }
        }
    }

    @Nested
    class LegacyObjects {
        private final EncryptStoredDocumentsService encrypt =
                new EncryptStoredDocumentsService(documents, store, sealing, tx);

        private Document storedInClear() {
            return Fixtures.storedDocument(
                    documents,
                    store,
                    tenant,
                    DocumentOwner.library(),
                    "Passport",
                    Classification.ENTITY_PRIVATE,
                    Fixtures.NOW);
        }

        @Test
        void givenObjectsStoredInClear_whenEncrypted_thenStoredSealedUnderNewKeys_andTheClearOnesRemoved()
                throws IOException {
            Document a = storedInClear();
            Document b = storedInClear();
            byte[] plainA = store.bytesOf(a.file().storageKey());
            assertThat(encrypt.remaining()).isEqualTo(2);

            assertThat(encrypt.encryptBatch()).isEqualTo(2);

            assertThat(encrypt.remaining()).isZero();
            Document movedA = documents.findById(tenant, a.id()).orElseThrow();
            assertThat(movedA.file().sealedWith()).isPresent();
            assertThat(movedA.file().storageKey()).isNotEqualTo(a.file().storageKey());
            assertThat(movedA.file().sha256()).isEqualTo(a.file().sha256());
            assertThat(store.objects())
                    .doesNotContainKeys(a.file().storageKey(), b.file().storageKey());
            assertThat(store.bytesOf(movedA.file().storageKey())).isNotEqualTo(plainA);
            assertThat(read(movedA)).isEqualTo(plainA);
            assertThat(encrypt.encryptBatch()).isZero();
        }

        @Test
        void givenObjectStoredInClear_whenReadBeforeEncryption_thenItReadsAsIs() throws IOException {
            Document a = storedInClear();

            assertThat(read(a)).isEqualTo(store.bytesOf(a.file().storageKey()));
        }

        @Test
        void givenAnotherInstanceSwitchedTheDocumentFirst_whenEncrypted_thenItsOwnCopyIsRemoved() {
            Document a = storedInClear();
            documents.loseNextReplaceRace();

            assertThat(encrypt.encryptBatch()).isZero();

            assertThat(store.objects()).containsOnlyKeys(a.file().storageKey());
            assertThat(documents.findById(tenant, a.id()).orElseThrow().file().sealedWith())
                    .isEmpty();
        }

        @Test
        void givenStorageFailingToStore_whenEncrypted_thenTheObjectStaysReadableInClear() throws IOException {
            Document a = storedInClear();
            byte[] plain = store.bytesOf(a.file().storageKey());
            store.failPuts(true);

            assertThat(encrypt.encryptBatch()).isZero();

            assertThat(encrypt.remaining()).isEqualTo(1);
            assertThat(read(documents.findById(tenant, a.id()).orElseThrow())).isEqualTo(plain);
        }

        private byte[] read(Document document) throws IOException {
            try (InputStream in = sealing.open(
                    document,
                    new ByteArrayInputStream(store.bytesOf(document.file().storageKey())))) {
                return in.readAllBytes();
            }
        }
    }
}
