/**
 * The Account routes: sign-up, sessions, JWTs, preferences, tokens and the emulated
 * OAuth2 consent flow.
 */
@NullMarked
package io.github.appwritespring.emulator.internal.account;

import org.jspecify.annotations.NullMarked;
