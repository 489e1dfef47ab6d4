package dev.dossier.bootstrap.it;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Small, real-looking files for uploads. */
public final class TestFiles {
    private TestFiles() {}

    /** A minimal valid PDF, with {@code marker} inside so each file's bytes differ. */
    public static byte[] pdf(String marker) {
        String body = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% " + marker + "\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n";
        return body.getBytes(StandardCharsets.US_ASCII);
    }

    /** A PDF of exactly {@code size} bytes. */
    public static byte[] pdfOfSize(int size) {
        byte[] head = pdf("sized").clone();
        byte[] out = Arrays.copyOf(head, size);
        Arrays.fill(out, head.length, size, (byte) ' ');
        return out;
    }

    public static byte[] png() {
        return new byte[] {
            (byte) 0x89,
            'P',
            'N',
            'G',
            0x0D,
            0x0A,
            0x1A,
            0x0A,
            0,
            0,
            0,
            0x0D,
            'I',
            'H',
            'D',
            'R',
            0,
            0,
            0,
            1,
            0,
            0,
            0,
            1,
            8,
            6,
            0,
            0,
            0,
            0x1F,
            0x15,
            (byte) 0xC4,
            (byte) 0x89
        };
    }

    /** The start of a Windows executable: "MZ", then binary with NUL bytes. */
    public static byte[] windowsExecutable() {
        byte[] b = new byte[512];
        b[0] = 'M';
        b[1] = 'Z';
        b[2] = (byte) 0x90;
        b[60] = (byte) 0x80;
        byte[] pe = "PE\0\0".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(pe, 0, b, 0x80, pe.length);
        return b;
    }
}
