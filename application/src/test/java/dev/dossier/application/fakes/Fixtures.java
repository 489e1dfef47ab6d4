package dev.dossier.application.fakes;

import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.domain.document.Classification;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.document.FileName;
import dev.dossier.domain.document.FileType;
import dev.dossier.domain.document.StorageKey;
import dev.dossier.domain.document.StoredFile;
import dev.dossier.domain.entity.Entity;
import dev.dossier.domain.entity.EntityType;
import dev.dossier.domain.shared.Sha256;
import dev.dossier.domain.tenant.ApiKeyId;
import dev.dossier.domain.tenant.Scope;
import dev.dossier.domain.tenant.TenantId;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** Shared test data: callers, minimal valid file bodies and documents seeded into the fakes. */
public final class Fixtures {
    public static final Instant NOW = Instant.parse("2025-04-01T10:00:00Z");

    private Fixtures() {}

    public static Caller caller(TenantId tenant, Scope... scopes) {
        Set<Scope> set = scopes.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(scopes));
        return new Caller(tenant, ApiKeyId.generate(), "uploader@example.com", set);
    }

    public static byte[] pdf(int size) {
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        if (size < header.length) {
            throw new IllegalArgumentException("too small for a PDF header");
        }
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
            b[i] = (byte) ('a' + i % 26);
        }
        System.arraycopy(header, 0, b, 0, header.length);
        return b;
    }

    public static byte[] pdf() {
        return "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] png() {
        return bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1);
    }

    public static byte[] jpeg() {
        return bytes(0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00, 0xFF, 0xD9);
    }

    /** A Windows executable header: "MZ", then binary with NUL bytes. */
    public static byte[] exe() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bytes('M', 'Z', 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF));
        out.writeBytes(new byte[50]);
        out.writeBytes("This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    public static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    public static String sha256Hex(byte[] bytes) {
        return Sha256.hex(Sha256.newDigest().digest(bytes));
    }

    public static Entity entity(InMemoryEntityRepository entities, TenantId tenant, String name, Instant createdAt) {
        Entity e = Entity.create(tenant, name, EntityType.COMPANY, createdAt);
        entities.save(e);
        return e;
    }

    /** A PDF document as an earlier upload would have left it: row saved, bytes stored. */
    public static Document storedDocument(
            InMemoryDocumentRepository documents,
            InMemoryContentStore store,
            TenantId tenant,
            DocumentOwner owner,
            String label,
            Classification classification,
            Instant createdAt) {
        byte[] content = ("%PDF-1.7\n" + label + " " + createdAt + "\n").getBytes(StandardCharsets.UTF_8);
        StorageKey key = StorageKey.generate(tenant);
        store.seed(key, content, FileType.PDF.contentType());
        StoredFile file = new StoredFile(
                FileName.sanitize(label.replace(' ', '_') + ".pdf"),
                FileType.PDF.contentType(),
                content.length,
                sha256Hex(content),
                key);
        Document d = Document.upload(
                DocumentId.generate(), tenant, owner, file, label, classification, "seed@example.com", null, createdAt);
        documents.save(d);
        return d;
    }
}
