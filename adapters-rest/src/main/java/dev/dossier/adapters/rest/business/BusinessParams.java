package dev.dossier.adapters.rest.business;

import dev.dossier.application.error.FieldErrors;
import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.port.in.business.ListBusinessDocumentsQuery;
import dev.dossier.domain.document.BusinessType;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.document.VerificationStatus;
import dev.dossier.domain.entity.EntityId;
import dev.dossier.domain.shared.Ids;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Path and query parameters of the business surface. Ids are accepted bare and in the
 * {@code urn:uuid:} form (a malformed id reads as not found, as any unknown one); query
 * parameters are checked together, so one 400 names every bad one.
 */
final class BusinessParams {
    static final String URN_PREFIX = "urn:uuid:";

    private BusinessParams() {}

    static EntityId businessId(String raw) {
        return new EntityId(uuid(raw, "business"));
    }

    static DocumentId documentId(String raw) {
        return new DocumentId(uuid(raw, "document"));
    }

    static String urn(UUID id) {
        return URN_PREFIX + id;
    }

    private static UUID uuid(String raw, String what) {
        if (raw == null) {
            throw new NotFoundException(what);
        }
        String s = raw.regionMatches(true, 0, URN_PREFIX, 0, URN_PREFIX.length())
                ? raw.substring(URN_PREFIX.length())
                : raw;
        try {
            return Ids.parse(s);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(what);
        }
    }

    /** The list endpoint's query parameters, validated. */
    record ListParams(int limit, int offset, Optional<BusinessType> type, Optional<VerificationStatus> status) {
        static ListParams parse(String limit, String offset, String type, String status) {
            FieldErrors errors = new FieldErrors();
            int l = integer(
                    "limit",
                    limit,
                    ListBusinessDocumentsQuery.DEFAULT_LIMIT,
                    1,
                    ListBusinessDocumentsQuery.MAX_LIMIT,
                    errors);
            int o = integer("offset", offset, 0, 0, Integer.MAX_VALUE, errors);
            Optional<BusinessType> t = choice(
                    "type",
                    type,
                    errors,
                    BusinessType::fromWireName,
                    Arrays.stream(BusinessType.values())
                            .map(BusinessType::wireName)
                            .collect(Collectors.joining(", ")));
            Optional<VerificationStatus> s = choice(
                    "status",
                    status,
                    errors,
                    ListParams::status,
                    Arrays.stream(VerificationStatus.values())
                            .map(VerificationStatus::wireName)
                            .collect(Collectors.joining(", ")));
            errors.throwIfAny();
            return new ListParams(l, o, t, s);
        }

        private static Optional<VerificationStatus> status(String wire) {
            return Arrays.stream(VerificationStatus.values())
                    .filter(v -> v.wireName().equals(wire))
                    .findFirst();
        }

        private static int integer(String name, String raw, int defaultValue, int min, int max, FieldErrors errors) {
            if (raw == null || raw.isBlank()) {
                return defaultValue;
            }
            String s = raw.strip();
            if (!s.matches("[+-]?[0-9]{1,18}")) {
                errors.add(name, "A valid integer is required.");
                return defaultValue;
            }
            long value = Long.parseLong(s);
            if (value < min) {
                errors.add(name, "Ensure this value is greater than or equal to " + min + ".");
            } else if (value > max) {
                errors.add(name, "Ensure this value is less than or equal to " + max + ".");
            }
            return (int) Math.max(min, Math.min(max, value));
        }

        private static <T> Optional<T> choice(
                String name,
                String raw,
                FieldErrors errors,
                java.util.function.Function<String, Optional<T>> lookup,
                String allowed) {
            if (raw == null || raw.isBlank()) {
                return Optional.empty();
            }
            Optional<T> value = lookup.apply(raw.strip().toLowerCase(Locale.ROOT));
            if (value.isEmpty()) {
                errors.add(name, "\"" + raw + "\" is not a valid choice. Allowed: " + allowed + ".");
            }
            return value;
        }
    }
}
