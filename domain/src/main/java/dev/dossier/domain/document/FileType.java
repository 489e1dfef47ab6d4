package dev.dossier.domain.document;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The allow-list of file types, each with its content type and a check of the file's first
 * bytes, so that an executable or an image renamed to {@code .pdf} is refused.
 */
public enum FileType {
    PDF("pdf", "application/pdf", Signature.PDF),
    DOC("doc", "application/msword", Signature.OLE2),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Signature.ZIP),
    XLS("xls", "application/vnd.ms-excel", Signature.OLE2),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Signature.ZIP),
    XLSM("xlsm", "application/vnd.ms-excel.sheet.macroEnabled.12", Signature.ZIP),
    PPT("ppt", "application/vnd.ms-powerpoint", Signature.OLE2),
    PPTX("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", Signature.ZIP),
    ODT("odt", "application/vnd.oasis.opendocument.text", Signature.ZIP),
    ODS("ods", "application/vnd.oasis.opendocument.spreadsheet", Signature.ZIP),
    ODP("odp", "application/vnd.oasis.opendocument.presentation", Signature.ZIP),
    RTF("rtf", "application/rtf", Signature.RTF),
    TXT("txt", "text/plain", Signature.TEXT),
    CSV("csv", "text/csv", Signature.TEXT),
    JPG("jpg", "image/jpeg", Signature.JPEG),
    JPEG("jpeg", "image/jpeg", Signature.JPEG),
    PNG("png", "image/png", Signature.PNG),
    TIFF("tiff", "image/tiff", Signature.TIFF),
    TIF("tif", "image/tiff", Signature.TIFF),
    HEIC("heic", "image/heic", Signature.HEIF),
    HEIF("heif", "image/heif", Signature.HEIF),
    WEBP("webp", "image/webp", Signature.WEBP),
    BMP("bmp", "image/bmp", Signature.BMP);

    /** How many leading bytes {@link #matchesContent} needs to decide. */
    public static final int SNIFF_LENGTH = 8192;

    private final String extension;
    private final String contentType;
    private final Signature signature;

    FileType(String extension, String contentType, Signature signature) {
        this.extension = extension;
        this.contentType = contentType;
        this.signature = signature;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    public static Optional<FileType> fromExtension(String extension) {
        return Arrays.stream(values())
                .filter(t -> t.extension.equals(extension))
                .findFirst();
    }

    public static Optional<FileType> of(FileName name) {
        return name.extension().flatMap(FileType::fromExtension);
    }

    /** ".pdf, .doc, …" in allow-list order, for error messages. */
    public static String allowedExtensions() {
        return Arrays.stream(values()).map(t -> "." + t.extension).collect(Collectors.joining(", "));
    }

    /** Whether {@code head}, the first bytes of a file (up to {@link #SNIFF_LENGTH}), is of this type. */
    public boolean matchesContent(byte[] head) {
        return head.length > 0 && signature.matches(head);
    }

    private enum Signature {
        // some producers put a few bytes of junk before the header; readers accept it within 1 KiB
        PDF {
            boolean matches(byte[] b) {
                return indexOf(b, ascii("%PDF-"), 1024) >= 0;
            }
        },
        OLE2 {
            boolean matches(byte[] b) {
                return startsWith(b, 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
            }
        },
        ZIP {
            boolean matches(byte[] b) {
                return startsWith(b, 0, 0x50, 0x4B, 0x03, 0x04);
            }
        },
        RTF {
            boolean matches(byte[] b) {
                return startsWith(b, 0, '{', '\\', 'r', 't', 'f');
            }
        },
        JPEG {
            boolean matches(byte[] b) {
                return startsWith(b, 0, 0xFF, 0xD8, 0xFF);
            }
        },
        PNG {
            boolean matches(byte[] b) {
                return startsWith(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
            }
        },
        TIFF {
            boolean matches(byte[] b) {
                return startsWith(b, 0, 'I', 'I', 0x2A, 0x00) || startsWith(b, 0, 'M', 'M', 0x00, 0x2A);
            }
        },
        HEIF {
            boolean matches(byte[] b) {
                if (!startsWith(b, 4, 'f', 't', 'y', 'p') || b.length < 12) {
                    return false;
                }
                String brand = new String(b, 8, 4, StandardCharsets.US_ASCII);
                return switch (brand) {
                    case "heic", "heix", "hevc", "hevx", "heim", "heis", "hevm", "hevs", "mif1", "msf1" -> true;
                    default -> false;
                };
            }
        },
        WEBP {
            boolean matches(byte[] b) {
                return startsWith(b, 0, 'R', 'I', 'F', 'F') && startsWith(b, 8, 'W', 'E', 'B', 'P');
            }
        },
        BMP {
            boolean matches(byte[] b) {
                return startsWith(b, 0, 'B', 'M') && b.length >= 14;
            }
        },
        /** Plain text: no NUL bytes and valid UTF-8 (a truncated last character is allowed). */
        TEXT {
            boolean matches(byte[] b) {
                for (byte x : b) {
                    if (x == 0) {
                        return false;
                    }
                }
                return isUtf8(b);
            }
        };

        abstract boolean matches(byte[] head);

        private static byte[] ascii(String s) {
            return s.getBytes(StandardCharsets.US_ASCII);
        }

        private static boolean startsWith(byte[] b, int offset, int... expected) {
            if (b.length < offset + expected.length) {
                return false;
            }
            for (int i = 0; i < expected.length; i++) {
                if ((b[offset + i] & 0xFF) != expected[i]) {
                    return false;
                }
            }
            return true;
        }

        private static int indexOf(byte[] b, byte[] needle, int within) {
            int last = Math.min(b.length - needle.length, within);
            outer:
            for (int i = 0; i <= last; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (b[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }

        /** Strict UTF-8 (no overlong forms, surrogates or code points past U+10FFFF). */
        private static boolean isUtf8(byte[] b) {
            CharsetDecoder decoder = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            // a full sniffed head may end inside a character: only then is the input not at its end
            boolean endOfInput = b.length < SNIFF_LENGTH;
            CoderResult result = decoder.decode(ByteBuffer.wrap(b), CharBuffer.allocate(b.length), endOfInput);
            if (result.isError()) {
                return false;
            }
            return !endOfInput || !decoder.flush(CharBuffer.allocate(2)).isError();
        }
    }
}
