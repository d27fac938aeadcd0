/**
 * The document store (named collections of JSON documents, optional journal on disk) and
 * the blob store for uploaded files.
 */
@NullMarked
package io.github.appwritespring.emulator.internal.store;

import org.jspecify.annotations.NullMarked;
