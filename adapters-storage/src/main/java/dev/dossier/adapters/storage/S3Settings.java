package dev.dossier.adapters.storage;

import java.util.Objects;

/**
 * Where the S3 storage adapter keeps documents: an S3-compatible endpoint (MinIO, AWS S3, …),
 * its region (blank means the client asks the server), the credentials and the bucket.
 * {@link #toString()} never shows the secret key.
 */
public record S3Settings(String endpoint, String region, String accessKey, String secretKey, String bucket) {
    public S3Settings {
        endpoint = required(endpoint, "endpoint");
        region = region == null || region.isBlank() ? null : region.strip();
        accessKey = required(accessKey, "accessKey");
        secretKey = Objects.requireNonNull(secretKey, "secretKey");
        bucket = required(bucket, "bucket");
    }

    private static String required(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value.strip();
    }

    @Override
    public String toString() {
        return "S3Settings[endpoint=" + endpoint + ", region=" + region + ", accessKey=" + accessKey
                + ", secretKey=****, bucket=" + bucket + "]";
    }
}
