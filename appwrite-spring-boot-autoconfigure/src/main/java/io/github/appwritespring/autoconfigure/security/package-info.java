/**
 * Spring Security integration shared by both web stacks: the principal, the
 * authentication, signing in with Appwrite, redirect checks and the security properties.
 */
@NullMarked
package io.github.appwritespring.autoconfigure.security;

import org.jspecify.annotations.NullMarked;
