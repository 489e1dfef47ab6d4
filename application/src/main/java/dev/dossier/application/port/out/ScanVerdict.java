package dev.dossier.application.port.out;

import java.util.Objects;
import java.util.Optional;

/** What a {@link MalwareScanner} found in a file: nothing, or the name of the signature that matched. */
public final class ScanVerdict {
    private static final ScanVerdict CLEAN = new ScanVerdict(null);

    private final String signature;

    private ScanVerdict(String signature) {
        this.signature = signature;
    }

    public static ScanVerdict clean() {
        return CLEAN;
    }

    public static ScanVerdict infected(String signature) {
        if (Objects.requireNonNull(signature, "signature").isBlank()) {
            throw new IllegalArgumentException("an infected verdict names its signature");
        }
        return new ScanVerdict(signature);
    }

    public boolean isClean() {
        return signature == null;
    }

    /** The signature the scanner named; empty for a clean file. */
    public Optional<String> signature() {
        return Optional.ofNullable(signature);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScanVerdict v && Objects.equals(signature, v.signature);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(signature);
    }

    @Override
    public String toString() {
        return isClean() ? "clean" : "infected: " + signature;
    }
}
