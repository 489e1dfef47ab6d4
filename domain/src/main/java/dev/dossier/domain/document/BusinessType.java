package dev.dossier.domain.document;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

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

    public static String allowedWireNames() {
        return Arrays.stream(values()).map(BusinessType::wireName).collect(Collectors.joining(", "));
    }

    public static Optional<BusinessType> fromWireName(String value) {
        return Arrays.stream(values()).filter(t -> t.wireName().equals(value)).findFirst();
    }

    /**
     * Maps a Library {@code document_type} label to its business category (docs/api.md): words,
     * not substrings, decide, so "Taxi License" is a license and "Income-Tax Return" a tax form.
     */
    public static BusinessType fromLabel(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        if (l.matches(".*\\bbank statements?\\b.*")) {
            return BANK_STATEMENT;
        }
        if (l.matches(".*\\b(passports?|id|identification|identity|driver'?s?|driving)\\b.*")) {
            return IDENTIFICATION;
        }
        if (l.matches(".*\\b(tax|taxes)\\b.*")) {
            return TAX_FORM;
        }
        if (l.matches(".*\\b(contracts?|agreements?)\\b.*")) {
            return CONTRACT;
        }
        if (l.matches(".*\\b(licen[cs]es?|permits?)\\b.*")) {
            return LICENSE;
        }
        return OTHER;
    }
}
