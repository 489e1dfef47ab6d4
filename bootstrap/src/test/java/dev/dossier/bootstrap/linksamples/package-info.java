/** Classes that RequestPathCheckTest loads where some of their types are missing. */
package dev.dossier.bootstrap.linksamples;
