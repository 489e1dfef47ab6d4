/** The audit trail: accesses to confidential documents, and files refused by the malware scan. */
package dev.dossier.domain.audit;
