/**
 * Appwrite permission strings: parsing, validation, write aggregation and authorization
 * checks.
 */
@NullMarked
package io.github.appwritespring.emulator.internal.permission;

import org.jspecify.annotations.NullMarked;
