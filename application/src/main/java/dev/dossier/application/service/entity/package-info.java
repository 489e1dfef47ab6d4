/** Services: entities. */
package dev.dossier.application.service.entity;
