/**
 * Caller resolution (API key, session cookie/header, JWT), roles, scopes, password
 * hashing and session secrets.
 */
@NullMarked
package io.github.appwritespring.emulator.internal.auth;

import org.jspecify.annotations.NullMarked;
