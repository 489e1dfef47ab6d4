/**
 * The business documents surface ({@code /v1/businesses/{business_id}/documents…}): listing, reading, uploading and
 * review.
 */
package dev.dossier.adapters.rest.business;
