/** The audit trail of confidential documents. */
package dev.dossier.domain.audit;
