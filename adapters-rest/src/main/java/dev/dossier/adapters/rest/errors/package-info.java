/** The error bodies of the Library, business and admin surfaces, and the exception mappers that write them. */
package dev.dossier.adapters.rest.errors;
