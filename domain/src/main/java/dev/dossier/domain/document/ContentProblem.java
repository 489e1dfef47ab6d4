package dev.dossier.domain.document;

/**
 * Why a file's content may not be stored as the type its extension names, found past its first
 * bytes: each with the message a client reads in the {@code file} field error.
 */
public enum ContentProblem {
    /** The structure is not that of the type: a spreadsheet named {@code .docx}, a JAR, any other ZIP. */
    NOT_OF_TYPE("File type not allowed. Allowed types: " + FileType.allowedExtensions()),
    TOO_MANY_ENTRIES("File type not allowed. The archive has more than 10,000 entries."),
    TOO_LARGE_UNPACKED("File type not allowed. The archive is too large when unpacked."),
    TOO_HIGHLY_COMPRESSED("File type not allowed. The archive has an entry compressed more than 100:1."),
    TOO_MANY_PIXELS("File type not allowed. The image is larger than 100 megapixels."),
    NOT_UTF8_TEXT("File type not allowed. Text files must be UTF-8 with no NUL bytes.");

    private final String message;

    ContentProblem(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
