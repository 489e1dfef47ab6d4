/** Incoming ports of the business documents surface: listing, reading, reviewing and the review history. */
package dev.dossier.application.port.in.business;
