package dev.dossier.adapters.storage;

import dev.dossier.application.port.out.ContentStoreException;
import dev.dossier.application.port.out.DirectUploadStore;
import dev.dossier.application.port.out.PresignedUpload;
import dev.dossier.application.port.out.UploadPolicy;
import dev.dossier.application.port.out.UploadRefusedException;
import dev.dossier.application.port.out.UploadRefusedException.Reason;
import dev.dossier.domain.document.StorageKey;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Storage adapter: direct uploads with file-system storage. There is no storage server to take
 * the form, so Dossier serves the upload URL itself: the form has the fields of an S3 presigned
 * POST, and its policy (key, Content-Type, exact size, metadata, expiry) is signed with Dossier's
 * own HMAC-SHA256 key, which {@link #receive} checks before it writes a single byte. Quarantined
 * files live under {@code quarantine/} of the same root and are moved (one atomic rename) to the
 * document's key on promotion.
 */
public final class FileSystemDirectUploadStore implements DirectUploadStore {
    static final String ALGORITHM = "DOSSIER-HMAC-SHA256";
    private static final String VERSION = "dossier-upload-policy-1";
    private static final DateTimeFormatter AMZ_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final String META = "x-amz-meta-";

    private final FileSystemDocumentContentStore store;
    private final String uploadUrl;
    private final byte[] signingKey;
    private final Clock clock;

    /**
     * @param uploadUrl  the absolute URL of Dossier's upload endpoint
     * @param signingKey the HMAC key (at least 32 bytes), the same on every start
     */
    public FileSystemDirectUploadStore(
            FileSystemDocumentContentStore store, String uploadUrl, byte[] signingKey, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.uploadUrl = Objects.requireNonNull(uploadUrl, "uploadUrl");
        this.signingKey = signingKey.clone();
        this.clock = Objects.requireNonNull(clock, "clock");
        if (signingKey.length < 32) {
            throw new IllegalArgumentException("the upload signing key must have at least 32 bytes");
        }
    }

    @Override
    public PresignedUpload presign(UploadPolicy policy) {
        StringBuilder text = new StringBuilder(VERSION)
                .append('\n')
                .append("expiration=")
                .append(policy.expiresAt())
                .append('\n')
                .append("key=")
                .append(policy.key().value())
                .append('\n')
                .append("content-type=")
                .append(policy.contentType())
                .append('\n')
                .append("size=")
                .append(policy.size())
                .append('\n');
        policy.metadata()
                .forEach((name, value) -> text.append("meta.")
                        .append(name)
                        .append('=')
                        .append(value)
                        .append('\n'));
        String encoded = Base64.getEncoder().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
        Instant now = clock.instant();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Content-Type", policy.contentType());
        fields.put("key", policy.key().value());
        fields.put("policy", encoded);
        fields.put("X-Amz-Algorithm", ALGORITHM);
        fields.put("X-Amz-Credential", "dossier/" + AMZ_DATE.format(now).substring(0, 8) + "/local/dossier/upload");
        fields.put("X-Amz-Date", AMZ_DATE.format(now));
        fields.put("X-Amz-Security-Token", "");
        fields.put("X-Amz-Signature", sign(encoded));
        policy.metadata().forEach((name, value) -> fields.put(META + name, value));
        return new PresignedUpload(uploadUrl, fields);
    }

    /** Checks the signature, then every condition of the signed policy, then quarantines the file. */
    @Override
    public void receive(Map<String, String> fields, InputStream file, long fileSize) {
        String encoded = fields.get("policy");
        String signature = fields.get("X-Amz-Signature");
        if (encoded == null || signature == null || file == null) {
            throw new UploadRefusedException(
                    Reason.MALFORMED, "The form needs the policy, X-Amz-Signature and file fields.");
        }
        if (!ALGORITHM.equals(fields.get("X-Amz-Algorithm"))
                || !MessageDigest.isEqual(
                        sign(encoded).getBytes(StandardCharsets.US_ASCII),
                        signature.strip().getBytes(StandardCharsets.US_ASCII))) {
            throw new UploadRefusedException(Reason.ACCESS_DENIED, "The request signature does not match the policy.");
        }
        Map<String, String> policy = decode(encoded);
        Instant expiration;
        try {
            expiration = Instant.parse(policy.get("expiration"));
        } catch (DateTimeParseException | NullPointerException e) {
            throw new UploadRefusedException(Reason.ACCESS_DENIED, "Invalid according to Policy: no expiration.");
        }
        if (!clock.instant().isBefore(expiration)) {
            throw new UploadRefusedException(Reason.ACCESS_DENIED, "Invalid according to Policy: Policy expired.");
        }
        requireField(fields, "key", policy.get("key"));
        requireField(fields, "Content-Type", policy.get("content-type"));
        policy.forEach((name, value) -> {
            if (name.startsWith("meta.")) {
                requireField(fields, META + name.substring(5), value);
            }
        });
        long size = Long.parseLong(policy.get("size"));
        if (fileSize != size) {
            throw new UploadRefusedException(
                    Reason.WRONG_SIZE,
                    fileSize > size
                            ? "Your proposed upload exceeds the maximum allowed size of " + size + " bytes."
                            : "Your proposed upload is smaller than the minimum allowed size of " + size + " bytes.");
        }
        quarantine(new StorageKey(policy.get("key")), file, size);
    }

    private static void requireField(Map<String, String> fields, String name, String expected) {
        if (expected == null || !expected.equals(fields.get(name))) {
            throw new UploadRefusedException(
                    Reason.ACCESS_DENIED,
                    "Invalid according to Policy: Policy Condition failed: [\"eq\", \"$" + name + "\", \"" + expected
                            + "\"]");
        }
    }

    private static Map<String, String> decode(String encoded) {
        String text = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        Map<String, String> policy = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                policy.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return policy;
    }

    /** Writes the file beside its place and renames it there, replacing an earlier upload under the same key. */
    private void quarantine(StorageKey key, InputStream file, long size) {
        Path target = store.pathOf(key);
        Path temp = null;
        try {
            store.createDirectoriesDurably(target.getParent());
            temp = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
            try (FileOutputStream out = new FileOutputStream(temp.toFile())) {
                ExactLengthCopy.copy(file, out, size);
                out.getFD().sync();
            }
            move(temp, target);
            temp = null;
            store.syncDirectory(target.getParent());
        } catch (IOException e) {
            throw new ContentStoreException("cannot quarantine " + key + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a leftover temporary file is hidden (dot name) and never read
                }
            }
        }
    }

    @Override
    public boolean isQuarantined(StorageKey quarantineKey) {
        return store.exists(quarantineKey);
    }

    /** One atomic rename onto the document's key; with nothing in quarantine, nothing happens. */
    @Override
    public void promote(StorageKey quarantineKey, StorageKey documentKey) {
        Path from = store.pathOf(quarantineKey);
        Path to = store.pathOf(documentKey);
        try {
            if (!Files.isRegularFile(from)) {
                return;
            }
            store.createDirectoriesDurably(to.getParent());
            move(from, to);
            store.syncDirectory(to.getParent());
            store.syncDirectory(from.getParent());
        } catch (IOException e) {
            throw new ContentStoreException(
                    "cannot move " + quarantineKey + " to " + documentKey + ": " + e.getMessage(), e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public void removeQuarantined(StorageKey quarantineKey) {
        store.delete(quarantineKey);
    }

    private String sign(String encodedPolicy) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingKey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(encodedPolicy.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is in every Java runtime", e);
        }
    }
}
