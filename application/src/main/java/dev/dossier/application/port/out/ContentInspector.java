package dev.dossier.application.port.out;

import dev.dossier.domain.document.ContentProblem;
import dev.dossier.domain.document.FileType;
import java.util.Optional;

/**
 * Port: looks inside a file for what its first bytes cannot tell — that an office document holds its
 * format's main part (a {@code .docx} is a word-processing package, not a spreadsheet, a JAR or any
 * other ZIP), that an archive stays within the limits of {@link dev.dossier.domain.document.ContentLimits}
 * when unpacked, that an image stays within 100 megapixels, that text is UTF-8 to its end.
 *
 * <p>It reads the content through {@link StorableContent#open()} and {@link StorableContent#openChannel()}
 * as often as it needs, from directories and headers, never unpacking or decoding the file into memory
 * and never writing any of it anywhere.
 */
public interface ContentInspector {
    /**
     * What keeps {@code content} from being stored as {@code type}, if anything. The caller has
     * already checked the first bytes ({@link FileType#matchesContent}).
     *
     * @throws ContentStoreException when the content cannot be read (not when it is malformed: that
     *     is {@link ContentProblem#NOT_OF_TYPE})
     */
    Optional<ContentProblem> inspect(FileType type, StorableContent content);
}
