package dev.dossier.application.service.retention;

/**
 * What the expiry-notice job takes from the settings.
 *
 * @param days how many days before its expiry date a document's {@code document.expiring} is sent
 *     (DOSSIER_EXPIRY_NOTICE_DAYS)
 */
public record ExpiryNoticeSettings(int days) {
    public static final int DEFAULT_DAYS = 30;
    static final int MAX_DAYS = 3650;

    public ExpiryNoticeSettings {
        if (days < 0 || days > MAX_DAYS) {
            throw new IllegalArgumentException(
                    "DOSSIER_EXPIRY_NOTICE_DAYS must be from 0 to " + MAX_DAYS + " days, not " + days);
        }
    }

    /** The setting as written; anything but a whole number of days in range is refused with its name. */
    public static ExpiryNoticeSettings parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return new ExpiryNoticeSettings(DEFAULT_DAYS);
        }
        try {
            return new ExpiryNoticeSettings(Integer.parseInt(raw.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "DOSSIER_EXPIRY_NOTICE_DAYS must be a whole number of days, not '" + raw.strip() + "'", e);
        }
    }
}
