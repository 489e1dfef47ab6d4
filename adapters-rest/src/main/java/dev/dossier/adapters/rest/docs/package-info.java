/** The Swagger UI page at /docs over the server's /openapi document. */
package dev.dossier.adapters.rest.docs;
