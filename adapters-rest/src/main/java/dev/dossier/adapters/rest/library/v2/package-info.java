/**
 * Library v2: tenant and entity documents, entities and questionnaire responses under {@code /api/v2/}, the same
 * use cases as v1 with the v2 shapes: lists are cursor pages ({@code after}, {@code before}, {@code page_size};
 * {@code has_more}, {@code next_cursor}, {@code prev_cursor}, {@code results}; see
 * {@link dev.dossier.application.paging} for the semantics) and an entity's documents are uploaded by
 * {@code POST …/documents/}. Document objects and download links are v1's.
 */
package dev.dossier.adapters.rest.library.v2;
