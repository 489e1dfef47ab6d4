/** JSON as the references write it: the JSON-B settings, hand-read request bodies, cursor pages, time formats. */
package dev.dossier.adapters.rest.json;
