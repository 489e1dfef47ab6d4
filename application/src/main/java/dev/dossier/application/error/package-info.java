/** The errors use cases report; the REST surfaces translate them into their error bodies. */
package dev.dossier.application.error;
