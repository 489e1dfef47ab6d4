package dev.dossier.domain.audit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The per-tenant hash chain of the audit trail: each event's hash is SHA-256 over a canonical
 * encoding of its content, its place in the tenant's chain and the hash of the event before it, so
 * changing, removing or reordering a stored event breaks every hash from it on.
 */
public final class AuditChain {
    /** The hash "before" a tenant's first event. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {}

    /** The hash of {@code event}, the {@code sequence}-th (from 1) of its tenant, after {@code previousHash}. */
    public static String hash(String previousHash, long sequence, AuditEvent event) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(1); // encoding version
            field(out, previousHash);
            out.writeLong(sequence);
            field(out, event.id().toString());
            field(out, event.tenantId().value().toString());
            field(out, event.action().name());
            field(
                    out,
                    event.documentId() == null
                            ? null
                            : event.documentId().value().toString());
            field(
                    out,
                    event.entityId() == null ? null : event.entityId().value().toString());
            field(
                    out,
                    event.actorKeyId() == null
                            ? null
                            : event.actorKeyId().value().toString());
            field(out, event.actorEmail());
            field(out, event.clientAddress());
            field(out, event.detail());
            // the database keeps microseconds: the hash covers what it keeps
            Instant at = event.occurredAt().truncatedTo(ChronoUnit.MICROS);
            out.writeLong(at.getEpochSecond());
            out.writeInt(at.getNano());
        } catch (IOException e) {
            throw new IllegalStateException("in-memory encoding failed", e);
        }
        return HexFormat.of().formatHex(sha256().digest(bytes.toByteArray()));
    }

    /** A length-prefixed UTF-8 string, -1 for none: no two field lists encode alike. */
    private static void field(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
