/** Entities: the companies and individuals a tenant checks. */
package dev.dossier.domain.entity;
