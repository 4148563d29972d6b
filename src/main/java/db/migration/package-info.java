/**
 * Flyway migrations written in Java, for the steps SQL cannot take on every target database; the SQL migrations are
 * in {@code db/migration} at the top of the repository, packaged to the same place.
 */
package db.migration;
