/**
 * The direct-upload and workflow surface (Kompliant-style RPC): {@code POST /document.create},
 * {@code /document.get}, {@code /workflow.*}, and Dossier's own upload URL for file-system storage.
 * Responses are wrapped in {@code {"data": …}}, ids are prefixed base62, and errors have one shape:
 * {@code {"error": {"type", "message", "fields"}}}.
 */
package dev.dossier.adapters.rest.directupload;
