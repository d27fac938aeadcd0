/**
 * Passkeys on Appwrite: Spring Security's WebAuthn repositories kept in an Appwrite table
 * (the user handle is the Appwrite user ID), the signed cookie that carries a started
 * ceremony's challenge, and the relying party the ceremonies are checked against.
 */
@NullMarked
package io.github.appwritespring.autoconfigure.security.passkeys;

import org.jspecify.annotations.NullMarked;
