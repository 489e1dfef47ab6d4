/** What Library v1 and v2 share: the document and response endpoints, their JSON shapes, forms and parameters. */
package dev.dossier.adapters.rest.library;
