/** Streaming multipart/form-data: the file part spooled to disk, capped and hashed while it arrives. */
package dev.dossier.adapters.rest.multipart;
