/**
 * JUnit 5 support: an extension that starts one emulator per test class and resets it
 * before each test.
 */
@NullMarked
package io.github.appwritespring.emulator.junit;

import org.jspecify.annotations.NullMarked;
