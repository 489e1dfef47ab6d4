/** Services of the business documents surface: listing, reading with a link, reviewing and the review history. */
package dev.dossier.application.service.business;
