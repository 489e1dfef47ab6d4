/**
 * HTTP details the surfaces share: the public base of the URLs Dossier hands out, Content-Disposition, and CORS (the
 * allowed browser origins and the filter that answers them).
 */
package dev.dossier.adapters.rest.http;
