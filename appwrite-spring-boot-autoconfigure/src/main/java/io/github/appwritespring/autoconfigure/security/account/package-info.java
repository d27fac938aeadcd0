/**
 * The account endpoints (password recovery, email verification, password and email
 * changes, second factors, passwordless sign-in, invitations), decided once for both web
 * stacks: each
 * {@link io.github.appwritespring.autoconfigure.security.account.AccountEndpoint} turns
 * an {@link io.github.appwritespring.autoconfigure.security.account.AccountRequest} into
 * an {@link io.github.appwritespring.autoconfigure.security.account.AccountAnswer}, and a
 * filter per stack reads the one and writes the other. The endpoint classes are internal
 * (not API); the paths and answers they serve are.
 */
@NullMarked
package io.github.appwritespring.autoconfigure.security.account;

import org.jspecify.annotations.NullMarked;
