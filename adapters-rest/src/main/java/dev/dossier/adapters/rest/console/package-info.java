/** The reviewer console: the static page at /console/ and its assets, served from the WAR. */
package dev.dossier.adapters.rest.console;
