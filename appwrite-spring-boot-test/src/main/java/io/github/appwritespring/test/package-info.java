/**
 * Test support for applications that use the Appwrite starter.
 */
@NullMarked
package io.github.appwritespring.test;

import org.jspecify.annotations.NullMarked;
