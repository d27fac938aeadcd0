/**
 * Storage: buckets and files, with Appwrite's chunked upload protocol, permissions and
 * streamed, ranged downloads. File contents live in the blob store, never whole in
 * memory.
 */
@NullMarked
package io.github.appwritespring.emulator.internal.storage;

import org.jspecify.annotations.NullMarked;
