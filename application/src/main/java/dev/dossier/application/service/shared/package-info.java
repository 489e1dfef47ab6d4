/** Default implementations of the small technical ports that need no adapter module. */
package dev.dossier.application.service.shared;
