/** Background maintenance use cases. */
package dev.dossier.application.service.maintenance;
