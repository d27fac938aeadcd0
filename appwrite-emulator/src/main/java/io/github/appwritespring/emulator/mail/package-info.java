/**
 * The emulator's mailbox: every email and SMS Appwrite would send (recovery,
 * verification, magic URL, email OTP, MFA challenges, phone OTP, team invitations) is
 * captured as a {@link Message} instead, readable from Java through {@link Mailbox}.
 * Public API.
 */
@NullMarked
package io.github.appwritespring.emulator.mail;

import org.jspecify.annotations.NullMarked;
