package dev.dossier.adapters.persistence;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Which of the two databases Dossier runs on a connection leads to: PostgreSQL, or else the
 * embedded H2. For the few statements and migrations that differ between them.
 */
final class DatabaseProduct {
    private DatabaseProduct() {}

    static boolean isPostgreSql(Connection connection) throws SQLException {
        return "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
    }
}
