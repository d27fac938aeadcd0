/**
 * A Java client for Appwrite's REST API (1.8 wire format).
 */
@NullMarked
package io.github.appwritespring.client;

import org.jspecify.annotations.NullMarked;
