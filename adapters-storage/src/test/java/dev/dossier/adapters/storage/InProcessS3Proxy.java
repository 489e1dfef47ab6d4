package dev.dossier.adapters.storage;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;

/**
 * Test support: an S3 server (S3Proxy 4.1) in this JVM on 127.0.0.1 and a free port, checking
 * AWS signatures against fixed credentials. Blobs live in memory ({@link #transientStore()})
 * or in a directory ({@link #filesystemStore(Path)}), which keeps large uploads off the heap.
 * Published in this module's test-jar for other modules' integration tests.
 */
public final class InProcessS3Proxy implements AutoCloseable {
    public static final String ACCESS_KEY = "dossier-test-access";
    public static final String SECRET_KEY = "dossier-test-secret-0123456789";
    public static final String REGION = "us-east-1";

    private final S3Proxy proxy;
    private final BlobStore blobStore;

    private InProcessS3Proxy(BlobStore blobStore, int port) throws Exception {
        this.blobStore = blobStore;
        this.proxy = S3Proxy.builder()
                .blobStore(blobStore)
                .endpoint(URI.create("http://127.0.0.1:" + port)) // port 0: any free port
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .build();
        proxy.start();
        while (!"STARTED".equals(proxy.getState())) {
            Thread.sleep(10);
        }
    }

    public static InProcessS3Proxy transientStore() throws Exception {
        return new InProcessS3Proxy(new TransientNio2BlobStore(), 0);
    }

    public static InProcessS3Proxy transientStore(int port) throws Exception {
        return new InProcessS3Proxy(new TransientNio2BlobStore(), port);
    }

    public static InProcessS3Proxy filesystemStore(Path directory) throws Exception {
        Files.createDirectories(directory);
        Properties properties = new Properties();
        properties.setProperty(
                "jclouds.filesystem.basedir", directory.toAbsolutePath().toString());
        return new InProcessS3Proxy(BlobStores.create("filesystem", properties), 0);
    }

    public int port() {
        return proxy.getPort();
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port();
    }

    public S3Settings settings(String bucket) {
        return new S3Settings(endpoint(), REGION, ACCESS_KEY, SECRET_KEY, bucket);
    }

    @Override
    public void close() {
        try {
            proxy.stop();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop S3Proxy", e);
        } finally {
            blobStore.close();
        }
    }
}
