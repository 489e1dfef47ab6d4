/** The API description: the Swagger UI page at /docs, and the filter that shapes the /openapi document. */
package dev.dossier.adapters.rest.docs;
