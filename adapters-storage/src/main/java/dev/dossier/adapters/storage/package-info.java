/**
 * Storage adapter: the bytes of documents on the local file system or in an S3-compatible
 * object store (MinIO client). Both implement {@code DocumentContentStore} with the same
 * contract: objects are written once, become visible only complete, and every failure is a
 * {@code ContentStoreException}.
 */
package dev.dossier.adapters.storage;
