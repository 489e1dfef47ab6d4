/** The Library surfaces (v1 and v2): the JSON shapes and parameters both versions share. */
package dev.dossier.adapters.rest.library;
