/**
 * Storage adapter, content inspection: {@link dev.dossier.adapters.storage.inspection.FormatContentInspector}
 * reads each allowed format's own structure — a ZIP's central directory and its
 * {@code [Content_Types].xml} or {@code mimetype}, a compound file's directory, an image's header —
 * through a buffered window on a read-only channel, so that nothing is unpacked, decoded, copied
 * to disk or held whole in memory. Plain Java: no third-party library reads these formats here.
 */
package dev.dossier.adapters.storage.inspection;
