package dev.dossier.domain.document;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The business surface's document category, derived from a Library document-type label. */
public enum BusinessType {
    IDENTIFICATION("Identification"),
    BANK_STATEMENT("Bank Statement"),
    TAX_FORM("Tax Form"),
    CONTRACT("Contract"),
    LICENSE("License"),
    OTHER("Other");

    private final String label;

    BusinessType(String label) {
        this.label = label;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Library label a document uploaded on the business surface gets. */
    public String label() {
        return label;
    }

    public static Optional<BusinessType> fromWireName(String value) {
        return Arrays.stream(values()).filter(t -> t.wireName().equals(value)).findFirst();
    }

    /** Maps a Library {@code document_type} label to its business category (CONTRACT.md). */
    public static BusinessType fromLabel(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        if (l.contains("bank statement")) {
            return BANK_STATEMENT;
        }
        if (l.contains("passport") || l.contains("identification") || l.matches(".*\\bid\\b.*")
                || l.contains("identity") || l.contains("driver")) {
            return IDENTIFICATION;
        }
        if (l.startsWith("tax") || l.contains(" tax")) {
            return TAX_FORM;
        }
        if (l.contains("contract") || l.contains("agreement")) {
            return CONTRACT;
        }
        if (l.contains("license") || l.contains("licence") || l.contains("permit")) {
            return LICENSE;
        }
        return OTHER;
    }
}
