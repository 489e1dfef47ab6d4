/**
 * Scanning adapter: the malware scan of what is about to be stored, by clamd over its
 * {@code INSTREAM} command (TCP or a Unix domain socket), or no scan at all when none is set up.
 * Every failure to get a verdict is a {@code MalwareScannerException}.
 */
package dev.dossier.adapters.storage.scanning;
