package dev.dossier.adapters.storage.inspection;

import dev.dossier.domain.document.FileType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The ZIP-based office formats: an Office Open XML package must declare its format's main part in
 * {@code [Content_Types].xml} (and that part must be in the archive, and no other format's main part
 * declared); an OpenDocument file must begin with a stored {@code mimetype} entry naming its format.
 */
final class OfficeArchives {
    static final String CONTENT_TYPES = "[Content_Types].xml";
    /** No real package's content types come near this; what is larger is not read. */
    static final int MAX_CONTENT_TYPES_BYTES = 1024 * 1024;

    private static final int MAX_MIMETYPE_BYTES = 100;
    private static final String OPC_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";

    private static final Map<FileType, String> MAIN_PARTS = Map.of(
            FileType.DOCX, "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            FileType.XLSX, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            FileType.XLSM, "application/vnd.ms-excel.sheet.macroenabled.main+xml",
            FileType.PPTX, "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml");

    /** Main parts of the other Office Open XML formats (templates, macro-enabled, binary, shows). */
    private static final Set<String> OTHER_MAIN_PARTS = Set.of(
            "application/vnd.ms-word.document.macroenabled.main+xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
            "application/vnd.ms-word.template.macroenabledtemplate.main+xml",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
            "application/vnd.ms-excel.template.macroenabled.main+xml",
            "application/vnd.ms-excel.sheet.binary.macroenabled.main",
            "application/vnd.ms-powerpoint.presentation.macroenabled.main+xml",
            "application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml",
            "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml");

    private OfficeArchives() {}

    static boolean isOfficeOpenXml(FileType type) {
        return MAIN_PARTS.containsKey(type);
    }

    static boolean isOpenDocument(FileType type) {
        return type == FileType.ODT || type == FileType.ODS || type == FileType.ODP;
    }

    /** Refuses unless the package declares {@code type}'s main part, and only that format's. */
    static void checkOfficeOpenXml(ZipDirectory zip, FileType type) throws IOException, RefusedContent {
        ZipDirectory.Entry types = zip.entry(CONTENT_TYPES)
                .orElseThrow(() -> RefusedContent.malformed("no " + CONTENT_TYPES + ": not an OPC package"));
        String main = MAIN_PARTS.get(type);
        Set<String> others = new java.util.HashSet<>(OTHER_MAIN_PARTS);
        MAIN_PARTS.values().stream().filter(t -> !t.equals(main)).forEach(others::add);
        boolean declared = false;
        for (Map.Entry<String, String> override : overrides(zip.content(types, MAX_CONTENT_TYPES_BYTES))) {
            String contentType = override.getValue().strip().toLowerCase(Locale.ROOT);
            if (others.contains(contentType)) {
                throw RefusedContent.malformed("the package's main part is of another format: " + contentType);
            }
            String part = override.getKey().startsWith("/") ? override.getKey().substring(1) : override.getKey();
            declared |= contentType.equals(main) && zip.entry(part).isPresent();
        }
        if (!declared) {
            throw RefusedContent.malformed("no main part of " + type.extension() + " declared and present");
        }
    }

    /** Refuses unless the first entry is a stored {@code mimetype} naming exactly {@code type}'s format. */
    static void checkOpenDocument(ZipDirectory zip, FileType type) throws IOException, RefusedContent {
        ZipDirectory.Entry first = zip.first();
        if (!first.name().equals("mimetype") || first.method() != 0) {
            throw RefusedContent.malformed("the first entry is not a stored mimetype but " + first.name());
        }
        String mimetype = new String(zip.content(first, MAX_MIMETYPE_BYTES), StandardCharsets.US_ASCII);
        if (!mimetype.equals(type.contentType())) {
            throw RefusedContent.malformed("mimetype " + mimetype + " is not " + type.contentType());
        }
    }

    /** The {@code Override} elements of {@code [Content_Types].xml}: part name to content type. */
    private static Iterable<Map.Entry<String, String>> overrides(byte[] xml) throws RefusedContent {
        java.util.List<Map.Entry<String, String>> found = new java.util.ArrayList<>();
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
            try {
                boolean root = true;
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw RefusedContent.malformed(CONTENT_TYPES + " has a document type declaration");
                    }
                    if (event != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    if (root
                            && (!"Types".equals(reader.getLocalName())
                                    || !OPC_TYPES.equals(reader.getNamespaceURI()))) {
                        throw RefusedContent.malformed(CONTENT_TYPES + " is not an OPC content types part");
                    }
                    root = false;
                    if ("Override".equals(reader.getLocalName())) {
                        String part = reader.getAttributeValue(null, "PartName");
                        String contentType = reader.getAttributeValue(null, "ContentType");
                        if (part != null && contentType != null) {
                            found.add(Map.entry(part, contentType));
                        }
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw RefusedContent.malformed(CONTENT_TYPES + " is not well-formed: " + e.getMessage());
        }
        return found;
    }
}
