/**
 * TablesDB: databases, tables with their columns and indexes, and rows validated against
 * the columns, with Appwrite's permissions and queries.
 */
@NullMarked
package io.github.appwritespring.emulator.internal.tablesdb;

import org.jspecify.annotations.NullMarked;
