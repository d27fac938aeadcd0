/**
 * Appwrite's queries: parsing the {@code queries[]} strings and applying them to
 * documents (filters, ordering, cursors, paging, select). Independent of HTTP and of the
 * store.
 */
@NullMarked
package io.github.appwritespring.emulator.internal.query;

import org.jspecify.annotations.NullMarked;
