package io.github.appwritespring.emulator.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * One email, SMS or push notification the emulator captured instead of sending it.
 *
 * @param id the message ID (unique within the emulator)
 * @param createdAt when the emulator captured it (its clock)
 * @param channel email, SMS or push
 * @param template what Appwrite would have sent, by the name of its template:
 * {@code recovery}, {@code verification}, {@code magicSession}, {@code otpSession},
 * {@code mfaChallenge}, {@code invitation} (emails) or {@code login},
 * {@code verification}, {@code mfaChallenge}, {@code invitation} (SMS), or
 * {@code message} for a message of the Messaging API (email, SMS or push)
 * @param to the recipient: an email address, a phone number in E.164 form or a push
 * target's identifier
 * @param subject the subject ({@code ""} for an SMS, the title of a push)
 * @param text the plain text body
 * @param links the links in the body, in order (the ones a person would click)
 * @param code the one-time code in the body (email OTP, MFA challenge, phone OTP), or
 * {@code null}
 * @since 0.1.0
 */
public record Message(String id, Instant createdAt, Channel channel, String template, String to, String subject,
		String text, List<String> links, @Nullable String code) {

	public Message {
		links = List.copyOf(links);
	}

	/** The first link of the body, if it has one (e.g. the recovery link). */
	public Optional<String> link() {
		return this.links.stream().findFirst();
	}

	/** The one-time code, if the message carries one. */
	public Optional<String> optionalCode() {
		return Optional.ofNullable(this.code);
	}

	/**
	 * How a message would have travelled.
	 *
	 * @since 0.1.0
	 */
	public enum Channel {

		/** An email. */
		EMAIL,

		/** A text message to a phone. */
		SMS,

		/**
		 * A push notification to a device (Messaging's push messages): {@code to} is the
		 * target's identifier (the device token, lower-cased), {@code subject} the title,
		 * {@code text} the body.
		 */
		PUSH

	}

}
