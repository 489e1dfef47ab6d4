package dev.dossier.bootstrap.it;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * Starts one S3 server (S3Proxy, real S3 protocol, blobs on disk) in the test JVM before any
 * integration test, on the port Failsafe gave the deployed WAR in DOSSIER_S3_ENDPOINT. Tests
 * may stop and restart it to simulate a storage outage.
 */
public final class S3ProxyLauncher implements LauncherSessionListener {
    static final String ACCESS_KEY = "dossier-it";
    static final String SECRET_KEY = "dossier-it-secret";

    private static S3Proxy proxy;
    private static BlobStore blobStore;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String port = System.getProperty("dossier.it.s3.port");
        if (port == null || proxy != null) {
            return; // unit-test run (Surefire): no S3 needed
        }
        try {
            Files.createDirectories(Path.of(System.getProperty("dossier.it.dir"), "tmp"));
            start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start S3Proxy on port " + port, e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        stop();
    }

    static synchronized void start() throws Exception {
        if (proxy != null) {
            return;
        }
        Path dir = Path.of(System.getProperty("dossier.it.dir"), "s3");
        Files.createDirectories(dir);
        Properties properties = new Properties();
        properties.setProperty(
                "jclouds.filesystem.basedir", dir.toAbsolutePath().toString());
        blobStore = BlobStores.create("filesystem", properties);
        proxy = S3Proxy.builder()
                .blobStore(blobStore)
                .endpoint(URI.create("http://127.0.0.1:" + System.getProperty("dossier.it.s3.port")))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .build();
        proxy.start();
        while (!"STARTED".equals(proxy.getState())) {
            Thread.sleep(10);
        }
    }

    /**
     * Replaces the bytes of every object under {@code prefix} in {@code bucket} behind Dossier's
     * back, as someone with access to the storage could; returns how many objects were replaced.
     */
    static synchronized int overwrite(String bucket, String prefix, byte[] bytes) {
        int replaced = 0;
        var listing = blobStore.list(
                ListObjectsV2Request.builder().bucket(bucket).prefix(prefix).build());
        for (var object : listing.contents()) {
            blobStore.putBlob(
                    PutObjectRequest.builder()
                            .bucket(bucket)
                            .key(object.key())
                            .contentLength((long) bytes.length)
                            .contentType("application/pdf")
                            .build(),
                    new ByteArrayInputStream(bytes));
            replaced++;
        }
        return replaced;
    }

    /** The keys of every object under {@code prefix} in {@code bucket}, as stored now (none if no bucket). */
    static synchronized java.util.List<String> keys(String bucket, String prefix) {
        java.util.List<String> keys = new java.util.ArrayList<>();
        if (!blobStore.containerExists(bucket)) {
            return keys;
        }
        String marker = null;
        do {
            var listing = blobStore.list(ListObjectsV2Request.builder()
                    .bucket(bucket)
                    .prefix(prefix)
                    .continuationToken(marker)
                    .build());
            listing.contents().forEach(object -> keys.add(object.key()));
            marker = listing.nextContinuationToken();
        } while (marker != null);
        return keys;
    }

    /** The bytes of every object under {@code prefix} in {@code bucket}, by key, read behind Dossier's back. */
    static synchronized java.util.Map<String, byte[]> objects(String bucket, String prefix) {
        java.util.Map<String, byte[]> found = new java.util.TreeMap<>();
        var listing = blobStore.list(
                ListObjectsV2Request.builder().bucket(bucket).prefix(prefix).build());
        for (var object : listing.contents()) {
            try (var in = blobStore.getBlob(bucket, object.key())) {
                found.put(object.key(), in.readAllBytes());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return found;
    }

    /** Stores {@code bytes} under {@code key} behind Dossier's back. */
    static synchronized void put(String bucket, String key, byte[] bytes) {
        blobStore.putBlob(
                PutObjectRequest.builder()
                        .bucket(bucket)
                        .key(key)
                        .contentLength((long) bytes.length)
                        .contentType("application/pdf")
                        .build(),
                new ByteArrayInputStream(bytes));
    }

    static synchronized void stop() {
        if (proxy == null) {
            return;
        }
        try {
            proxy.stop();
            blobStore.close();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop S3Proxy", e);
        } finally {
            proxy = null;
            blobStore = null;
        }
    }
}
