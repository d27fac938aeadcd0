/**
 * The HTTP layer: server, router, request parsing (query, JSON, form, streaming
 * multipart) and responses.
 */
@NullMarked
package io.github.appwritespring.emulator.internal.http;

import org.jspecify.annotations.NullMarked;
