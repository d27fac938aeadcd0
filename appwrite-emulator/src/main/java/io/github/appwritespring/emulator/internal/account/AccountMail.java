package io.github.appwritespring.emulator.internal.account;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.github.appwritespring.emulator.internal.mail.MailboxService;
import io.github.appwritespring.emulator.internal.module.EmulatorContext;
import io.github.appwritespring.emulator.mail.Message;

/**
 * The messages the account lifecycle sends, captured in the mailbox. Subjects are
 * Appwrite's default subjects (the project's name is its ID here); the texts are the
 * emulator's own short wording.
 */
public final class AccountMail {

	private final EmulatorContext context;

	private AccountMail(EmulatorContext context) {
		this.context = context;
	}

	/** The mail of an emulator. */
	public static AccountMail of(EmulatorContext context) {
		return new AccountMail(context);
	}

	private String project() {
		return this.context.projectId();
	}

	private static String greeting(String name) {
		return name.isEmpty() ? "Hello," : "Hello " + name + ",";
	}

	void recovery(String to, String name, String link) {
		email("recovery", to, "Password Reset for " + project(), greeting(name) + "\n\nFollow this link to reset your "
				+ project() + " password:\n\n" + link
				+ "\n\nThe link works once, for one hour. If you did not ask to reset your password, ignore this message.",
				link, null);
	}

	void verification(String to, String name, String link) {
		email("verification", to, "Account Verification for " + project(), greeting(name)
				+ "\n\nFollow this link to verify your email address:\n\n" + link
				+ "\n\nThe link works once, for one hour. If you did not ask to verify this address, ignore this message.",
				link, null);
	}

	void magicUrl(String to, String link, String phrase) {
		email("magicSession", to, project() + " Login", "Follow this link to sign in to " + project() + ":\n\n" + link
				+ "\n\nThe link works once, for one hour." + phraseLine(phrase), link, null);
	}

	void emailOtp(String to, String code, String phrase) {
		email("otpSession", to, "OTP for " + project() + " Login", "Your one-time code to sign in to " + project()
				+ " is:\n\n" + code + "\n\nIt works once, for 15 minutes." + phraseLine(phrase), null, code);
	}

	void mfaEmail(String to, String name, String code) {
		email("mfaChallenge", to, "Verification Code for " + project(),
				greeting(name) + "\n\nYour verification code is:\n\n" + code + "\n\nIt works once, for 15 minutes.",
				null, code);
	}

	/** A team invitation email. */
	public void invitation(String to, String inviter, String team, String link) {
		email("invitation", to, "Invitation to " + team + " Team at " + project(),
				"Hello,\n\n" + (inviter.isEmpty() ? "You are" : inviter + " invited you") + " to join the team " + team
						+ " at " + project() + ". Follow this link to accept:\n\n" + link,
				link, null);
	}

	void sms(String template, String to, String code) {
		String text = switch (template) {
			case "login" -> code + " is your " + project() + " sign-in code.";
			case "mfaChallenge" -> code + " is your " + project() + " verification code.";
			default -> code + " is your " + project() + " phone verification code.";
		};
		MailboxService.of(this.context).deliver(Message.Channel.SMS, template, to, "", text, List.of(), code);
	}

	/** A team invitation SMS. */
	public void smsInvitation(String to, String team, String link) {
		MailboxService.of(this.context)
			.deliver(Message.Channel.SMS, "invitation", to, "",
					"You are invited to join the team " + team + " at " + project() + ": " + link, List.of(link), null);
	}

	private void email(String template, String to, String subject, String text, @Nullable String link,
			@Nullable String code) {
		MailboxService.of(this.context)
			.deliver(Message.Channel.EMAIL, template, to, subject, text, (link != null) ? List.of(link) : List.of(),
					code);
	}

	private static String phraseLine(String phrase) {
		return phrase.isEmpty() ? "" : "\n\nSecurity phrase: " + phrase;
	}

}
