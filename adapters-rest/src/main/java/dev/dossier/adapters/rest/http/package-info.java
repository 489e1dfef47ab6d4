/** HTTP details the surfaces share: the public base of the URLs Dossier hands out, Content-Disposition. */
package dev.dossier.adapters.rest.http;
