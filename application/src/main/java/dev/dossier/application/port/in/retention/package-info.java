/** Incoming ports: a tenant's retention policy and the job that enforces it. */
package dev.dossier.application.port.in.retention;
