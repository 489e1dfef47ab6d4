package dev.dossier.adapters.storage.inspection;

import dev.dossier.application.port.out.ContentInspector;
import dev.dossier.application.port.out.ContentStoreException;
import dev.dossier.application.port.out.StorableContent;
import dev.dossier.domain.document.ContentProblem;
import dev.dossier.domain.document.FileType;
import dev.dossier.domain.document.Utf8Text;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Inspection adapter: reads each allowed format's structure to tell whether a file is what its
 * extension says and stays within the limits once opened — OOXML and ODF packages from their ZIP
 * directory, legacy Office files from their compound-file directory, images from their headers,
 * text through the domain's UTF-8 rule. PDF and RTF have no check past their first bytes.
 */
public final class FormatContentInspector implements ContentInspector {
    private static final System.Logger LOG = System.getLogger(FormatContentInspector.class.getName());

    /** Each legacy Office format's main stream; a workbook is "Book" in Excel 5/95 files. */
    private static final Map<FileType, Set<String>> MAIN_STREAMS = Map.of(
            FileType.DOC, Set.of("WORDDOCUMENT"),
            FileType.XLS, Set.of("WORKBOOK", "BOOK"),
            FileType.PPT, Set.of("POWERPOINT DOCUMENT"));

    @Override
    public Optional<ContentProblem> inspect(FileType type, StorableContent content) {
        try {
            check(type, content);
            return Optional.empty();
        } catch (RefusedContent e) {
            LOG.log(System.Logger.Level.DEBUG, () -> "refused as ." + type.extension() + ": " + e.getMessage());
            return Optional.of(e.problem());
        } catch (IOException e) {
            throw new ContentStoreException("cannot read the content to inspect it: " + e.getMessage(), e);
        }
    }

    private static void check(FileType type, StorableContent content) throws IOException, RefusedContent {
        if (type == FileType.TXT || type == FileType.CSV) {
            try (InputStream in = content.open()) {
                if (!Utf8Text.isValid(in)) {
                    throw new RefusedContent(ContentProblem.NOT_UTF8_TEXT, "not UTF-8 text without NUL");
                }
            }
            return;
        }
        boolean archive = OfficeArchives.isOfficeOpenXml(type) || OfficeArchives.isOpenDocument(type);
        if (!archive && !MAIN_STREAMS.containsKey(type) && !ImageHeaders.isImage(type)) {
            return;
        }
        try (SeekableByteChannel channel = content.openChannel()) {
            ByteReader in = new ByteReader(channel);
            if (OfficeArchives.isOfficeOpenXml(type)) {
                OfficeArchives.checkOfficeOpenXml(ZipDirectory.read(in), type);
            } else if (OfficeArchives.isOpenDocument(type)) {
                OfficeArchives.checkOpenDocument(ZipDirectory.read(in), type);
            } else if (MAIN_STREAMS.containsKey(type)) {
                checkMainStream(type, CompoundFile.rootStreams(in));
            } else {
                ImageHeaders.check(type, in);
            }
        }
    }

    private static void checkMainStream(FileType type, Map<String, Long> streams) throws RefusedContent {
        boolean found = MAIN_STREAMS.get(type).stream().anyMatch(name -> streams.getOrDefault(name, 0L) != 0);
        if (!found) {
            throw RefusedContent.malformed("no " + MAIN_STREAMS.get(type) + " stream among " + streams.keySet());
        }
    }
}
