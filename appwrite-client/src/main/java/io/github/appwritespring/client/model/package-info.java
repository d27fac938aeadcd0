/**
 * Appwrite's answers as Java records (1.8 wire format). Dates are Appwrite's ISO 8601
 * strings; list answers implement {@link io.github.appwritespring.client.model.Page}.
 * Secrets never appear in {@code toString()}.
 */
@NullMarked
package io.github.appwritespring.client.model;

import org.jspecify.annotations.NullMarked;
