/** Services: the malware scan every file passes before its document exists. */
package dev.dossier.application.service.scanning;
