/**
 * Teams and memberships. Confirmed memberships give their users the {@code team:ID},
 * {@code team:ID/ROLE} and {@code member:ID} roles that permissions can name.
 */
@NullMarked
package io.github.appwritespring.emulator.internal.teams;

import org.jspecify.annotations.NullMarked;
