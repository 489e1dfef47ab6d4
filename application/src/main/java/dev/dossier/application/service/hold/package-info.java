/** Use cases: legal holds, and the check every deletion makes against them. */
package dev.dossier.application.service.hold;
