/** Service: the audit trail (admin). */
package dev.dossier.application.service.audit;
