/**
 * Test support for applications that use the Appwrite starter:
 * {@link AutoConfigureAppwriteEmulator} runs a Spring test against the in-JVM emulator,
 * {@link WithMockAppwriteUser} runs a test as a signed-in user without Appwrite, and
 * {@link AppwriteMockMvc} / {@link AppwriteWebTestClient} sign test requests in with real
 * emulator sessions. {@link AppwriteMfaUser} makes a user that needs a second factor and
 * {@link AppwriteTotp} computes its authenticator's codes.
 */
@NullMarked
package io.github.appwritespring.test;

import org.jspecify.annotations.NullMarked;
