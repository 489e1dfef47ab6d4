/** Incoming ports: reading the audit trail (admin). */
package dev.dossier.application.port.in.audit;
