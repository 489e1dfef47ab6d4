package dev.dossier.adapters.persistence;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.databaseaccess.BindCallCustomParameter;
import org.eclipse.persistence.internal.databaseaccess.DatabasePlatform;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.mappings.converters.Converter;
import org.eclipse.persistence.mappings.converters.UUIDConverter;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * Corrects how EclipseLink 4.0.7 binds three kinds of columns, so that the same mappings are exact on
 * PostgreSQL and on H2 whatever the JVM's time zone. Registered by {@code eclipselink.session.customizer}
 * in persistence.xml; each fix is covered by the contract tests.
 * <ul>
 *   <li><b>uuid, nullable.</b> EclipseLink's own {@link UUIDConverter} throws a NullPointerException when
 *       it reads a NULL, and without a JDBC type on the field a NULL is bound as VARCHAR, which
 *       PostgreSQL refuses for a uuid column. A null-safe converter replaces it, and the field gets the
 *       JDBC type OTHER, which EclipseLink uses only to bind NULL (an untyped NULL for PostgreSQL).
 *       Non-null UUIDs were fine: the PostgreSQL platform binds them with {@code setObject(.., OTHER)}.</li>
 *   <li><b>timestamp with time zone ({@link OffsetDateTime}) and date ({@link LocalDate}).</b> EclipseLink
 *       binds these through {@code setTimestamp(Timestamp)} and {@code setDate(Date.valueOf(..))}, legacy
 *       types read in the JVM's time zone; H2 turns them into local times of its session zone before
 *       storing, so in a zone with daylight saving an instant of the repeated autumn hour was stored an
 *       hour early. Their values are now bound with {@code setObject(OffsetDateTime | LocalDate)}, which
 *       both drivers implement without any time zone, and read back from whatever the driver returns.</li>
 * </ul>
 */
public class ColumnBindingCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                if (mapping instanceof DirectToFieldMapping direct) {
                    customize(direct);
                }
            }
        }
    }

    private static void customize(DirectToFieldMapping mapping) {
        String type = attributeType(mapping);
        if (mapping.getConverter() instanceof UUIDConverter
                || UUID.class.getName().equals(type)) {
            mapping.setConverter(new UuidConverter());
            mapping.setFieldClassification(UUID.class);
            mapping.getField().setSqlType(Types.OTHER);
        } else if (OffsetDateTime.class.getName().equals(type) && mapping.getConverter() == null) {
            mapping.setConverter(new OffsetDateTimeConverter());
            mapping.setFieldClassification(SetObjectParameter.class);
            mapping.getField().setSqlType(Types.TIMESTAMP_WITH_TIMEZONE);
        } else if (LocalDate.class.getName().equals(type) && mapping.getConverter() == null) {
            mapping.setConverter(new LocalDateConverter());
            mapping.setFieldClassification(SetObjectParameter.class);
            mapping.getField().setSqlType(Types.DATE);
        }
    }

    /**
     * The attribute's Java type. Before the session logs in, JPA basic mappings do not know it yet (they
     * learn it from the field when they initialize), so it is read from the entity's declared field.
     */
    private static String attributeType(DirectToFieldMapping mapping) {
        if (mapping.getAttributeClassification() != null) {
            return mapping.getAttributeClassification().getName();
        }
        for (Class<?> c = mapping.getDescriptor().getJavaClass();
                c != null && c != Object.class;
                c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(mapping.getAttributeName()).getType().getName();
            } catch (NoSuchFieldException e) {
                // declared further up
            }
        }
        return mapping.getAttributeClassificationName();
    }

    /** UUID attribute ↔ UUID column value, NULL included. */
    static final class UuidConverter extends ImmutableValueConverter {
        private static final long serialVersionUID = 1L;

        @Override
        public Object convertObjectValueToDataValue(Object objectValue, Session session) {
            return objectValue;
        }

        @Override
        public Object convertDataValueToObjectValue(Object dataValue, Session session) {
            if (dataValue == null || dataValue instanceof UUID) {
                return dataValue;
            }
            return UUID.fromString(dataValue.toString());
        }
    }

    /** OffsetDateTime attribute ↔ timestamp with time zone, bound with setObject. */
    static final class OffsetDateTimeConverter extends ImmutableValueConverter {
        private static final long serialVersionUID = 1L;

        @Override
        public Object convertObjectValueToDataValue(Object objectValue, Session session) {
            return objectValue == null ? null : new SetObjectParameter(objectValue);
        }

        @Override
        public Object convertDataValueToObjectValue(Object dataValue, Session session) {
            if (dataValue == null || dataValue instanceof OffsetDateTime) {
                return dataValue;
            }
            if (dataValue instanceof Timestamp timestamp) {
                // PostgreSQL's driver: the instant, independent of the zone the Timestamp prints in
                return OffsetDateTime.ofInstant(timestamp.toInstant(), ZoneOffset.UTC);
            }
            if (dataValue instanceof SetObjectParameter parameter) {
                return parameter.value();
            }
            throw new IllegalStateException(
                    "not a timestamp with time zone: " + dataValue.getClass().getName());
        }
    }

    /** LocalDate attribute ↔ date, bound with setObject. */
    static final class LocalDateConverter extends ImmutableValueConverter {
        private static final long serialVersionUID = 1L;

        @Override
        public Object convertObjectValueToDataValue(Object objectValue, Session session) {
            return objectValue == null ? null : new SetObjectParameter(objectValue);
        }

        @Override
        public Object convertDataValueToObjectValue(Object dataValue, Session session) {
            if (dataValue == null || dataValue instanceof LocalDate) {
                return dataValue;
            }
            if (dataValue instanceof java.sql.Date date) {
                // made by the driver from the date in the JVM's (PostgreSQL) or session's (H2, the same) zone
                return date.toLocalDate();
            }
            if (dataValue instanceof SetObjectParameter parameter) {
                return parameter.value();
            }
            throw new IllegalStateException(
                    "not a date: " + dataValue.getClass().getName());
        }
    }

    /** A converter of immutable values that needs no preparation. */
    abstract static class ImmutableValueConverter implements Converter {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean isMutable() {
            return false;
        }

        @Override
        public void initialize(DatabaseMapping mapping, Session session) {
            // nothing to prepare
        }
    }

    /** A parameter EclipseLink hands to the driver as it is, with {@code setObject}. */
    static final class SetObjectParameter extends BindCallCustomParameter {
        private static final long serialVersionUID = 1L;

        SetObjectParameter(Object value) {
            super(Objects.requireNonNull(value, "value"));
        }

        Object value() {
            return obj;
        }

        @Override
        public void set(DatabasePlatform platform, PreparedStatement statement, int index, AbstractSession session)
                throws SQLException {
            statement.setObject(index, obj);
        }

        @Override
        public void set(DatabasePlatform platform, CallableStatement statement, String name, AbstractSession session)
                throws SQLException {
            statement.setObject(name, obj);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SetObjectParameter p && obj.equals(p.obj);
        }

        @Override
        public int hashCode() {
            return obj.hashCode();
        }
    }
}
