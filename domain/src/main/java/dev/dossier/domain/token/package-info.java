/** Single-use download links. */
package dev.dossier.domain.token;
