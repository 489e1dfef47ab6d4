package dev.dossier.application.fakes;

import dev.dossier.application.port.out.ContentInspector;
import dev.dossier.application.port.out.ContentStoreException;
import dev.dossier.application.port.out.StorableContent;
import dev.dossier.domain.document.ContentProblem;
import dev.dossier.domain.document.FileType;
import dev.dossier.domain.document.Utf8Text;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Test fake of {@link ContentInspector}: the real inspector reads formats in an adapter, so this one
 * finds a problem only in content a test {@linkplain #refuse registered} (by its SHA-256), and applies
 * the domain's own text rule to {@code .txt} and {@code .csv}. It records what it was asked, and can
 * be made to fail as an unreadable file does.
 */
public final class FakeContentInspector implements ContentInspector {
    private final Map<String, ContentProblem> refusals = new HashMap<>();
    private final List<FileType> inspected = new ArrayList<>();
    private boolean failReads;

    /** Content with these bytes is refused with {@code problem}. */
    public synchronized FakeContentInspector refuse(byte[] content, ContentProblem problem) {
        refusals.put(Fixtures.sha256Hex(content), problem);
        return this;
    }

    public synchronized FakeContentInspector failReads(boolean fail) {
        this.failReads = fail;
        return this;
    }

    /** The types asked about, in order. */
    public synchronized List<FileType> inspected() {
        return List.copyOf(inspected);
    }

    @Override
    public synchronized Optional<ContentProblem> inspect(FileType type, StorableContent content) {
        inspected.add(type);
        if (failReads) {
            throw new ContentStoreException("cannot read the content");
        }
        ContentProblem refused = refusals.get(content.sha256());
        if (refused != null) {
            return Optional.of(refused);
        }
        if (type == FileType.TXT || type == FileType.CSV) {
            try (InputStream in = content.open()) {
                return Utf8Text.isValid(in) ? Optional.empty() : Optional.of(ContentProblem.NOT_UTF8_TEXT);
            } catch (IOException e) {
                throw new ContentStoreException("cannot read the content", e);
            }
        }
        return Optional.empty();
    }
}
