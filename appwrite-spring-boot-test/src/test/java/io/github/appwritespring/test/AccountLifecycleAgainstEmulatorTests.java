package io.github.appwritespring.test;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.AppwriteErrorResponseException;
import io.github.appwritespring.client.AppwriteErrorTypes;
import io.github.appwritespring.client.model.AcceptedInvitation;
import io.github.appwritespring.client.model.AuthenticationFactor;
import io.github.appwritespring.client.model.AuthenticatorType;
import io.github.appwritespring.client.model.Membership;
import io.github.appwritespring.client.model.MfaChallenge;
import io.github.appwritespring.client.model.MfaType;
import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.emulator.junit.AppwriteEmulatorExtension;
import io.github.appwritespring.emulator.mail.Message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The account lifecycle through our client against the emulator, following the mails the
 * emulator's mailbox captured: password recovery, a team invitation accepted by a guest,
 * and a second factor (TOTP) completing a limited session.
 */
@ExtendWith(AppwriteEmulatorExtension.class)
class AccountLifecycleAgainstEmulatorTests {

	private static final Duration MAIL = Duration.ofSeconds(10);

	private AppwriteEmulator emulator;

	private AppwriteClient admin;

	@BeforeEach
	void connect(AppwriteEmulator emulator) {
		this.emulator = emulator;
		this.admin = EmulatorClients.admin(emulator);
	}

	@AfterEach
	void close() {
		this.admin.close();
	}

	@Test
	void aForgottenPasswordIsResetOnceThroughTheMailedLink() {
		EmulatorClients.signIn(this.admin, "forgetful@example.com");
		AppwriteClient guest = this.admin.asGuest();
		guest.account().createRecovery("forgetful@example.com", "http://localhost/reset-password");
		Message mail = this.emulator.mailbox().awaitMessage("forgetful@example.com", MAIL);
		Map<String, String> link = query(mail.link().orElseThrow());
		guest.account().updateRecovery(link.get("userId"), link.get("secret"), "a-new-long-password");
		assertThat(this.admin.account()
			.createEmailPasswordSession("forgetful@example.com", "a-new-long-password")
			.secret()).isNotBlank();
		assertThatExceptionOfType(AppwriteErrorResponseException.class)
			.isThrownBy(
					() -> guest.account().updateRecovery(link.get("userId"), link.get("secret"), "another-password"))
			.matches((ex) -> ex.is(AppwriteErrorTypes.USER_INVALID_TOKEN), "user_invalid_token");
	}

	@Test
	void anInvitationAcceptedByAGuestSignsTheInviteeIn() {
		// with the API key Appwrite adds members at once; an owner's session invites them
		AppwriteClient owner = EmulatorClients.signIn(this.admin, "team-owner@example.com");
		owner.teams().create("readers", "Readers", null);
		Membership invited = owner.teams()
			.createMembership("readers", List.of("reader"), "invitee@example.com", null, null, "http://localhost/join",
					null);
		assertThat(invited.confirm()).isFalse();
		Message mail = this.emulator.mailbox().awaitMessage("invitee@example.com", MAIL);
		Map<String, String> link = query(mail.link().orElseThrow());
		AcceptedInvitation accepted = this.admin.asGuest()
			.teams()
			.acceptInvitation(link.get("teamId"), link.get("membershipId"), link.get("userId"), link.get("secret"));
		assertThat(accepted.membership().confirm()).isTrue();
		assertThat(accepted.hasSession()).isTrue();
		assertThat(this.admin.withSession(accepted.sessionSecret()).account().get().email())
			.isEqualTo("invitee@example.com");
	}

	@Test
	void aSecondFactorCompletesTheLimitedSession() throws Exception {
		AppwriteClient owner = EmulatorClients.signIn(this.admin, "careful@example.com");
		MfaType totp = owner.account().createMFAAuthenticator(AuthenticatorType.TOTP);
		owner.account().updateMFAAuthenticator(AuthenticatorType.TOTP, AppwriteTotp.code(totp.secret()));
		owner.account().updateMFA(true);

		AppwriteClient limited = this.admin.withSession(
				this.admin.account().createEmailPasswordSession("careful@example.com", "a-long-password").secret());
		assertThatExceptionOfType(AppwriteErrorResponseException.class).isThrownBy(() -> limited.account().get())
			.matches((ex) -> ex.getStatus() == 401 && ex.is(AppwriteErrorTypes.USER_MORE_FACTORS_REQUIRED),
					"401 user_more_factors_required");
		MfaChallenge challenge = limited.account().createMFAChallenge(AuthenticationFactor.TOTP);
		limited.account().updateMFAChallenge(challenge.id(), AppwriteTotp.code(totp.secret()));
		assertThat(limited.account().get().email()).isEqualTo("careful@example.com");
	}

	@Test
	void anMfaUserSignsInWithItsTotpCodeOrARecoveryCodeOnce() {
		AppwriteMfaUser user = AppwriteMfaUser.create(this.admin, "mfa-helper@example.com", "a-long-password");
		assertThat(user.recoveryCodes()).hasSize(6);
		assertThat(user.toString()).doesNotContain(user.totpSecret()).doesNotContain(user.password());
		AppwriteClient first = limitedSession(user);
		MfaChallenge totp = first.account().createMFAChallenge(AuthenticationFactor.TOTP);
		first.account().updateMFAChallenge(totp.id(), user.totp());
		assertThat(first.account().get().id()).isEqualTo(user.userId());
		AppwriteClient second = limitedSession(user);
		MfaChallenge recovery = second.account().createMFAChallenge(AuthenticationFactor.RECOVERY_CODE);
		second.account().updateMFAChallenge(recovery.id(), user.recoveryCodes().get(0));
		assertThat(second.account().get().id()).isEqualTo(user.userId());
		AppwriteClient third = limitedSession(user);
		MfaChallenge again = third.account().createMFAChallenge(AuthenticationFactor.RECOVERY_CODE);
		assertThatExceptionOfType(AppwriteErrorResponseException.class)
			.isThrownBy(() -> third.account().updateMFAChallenge(again.id(), user.recoveryCodes().get(0)))
			.matches((ex) -> ex.is(AppwriteErrorTypes.USER_INVALID_TOKEN), "a used recovery code is refused");
	}

	private AppwriteClient limitedSession(AppwriteMfaUser user) {
		return this.admin
			.withSession(this.admin.account().createEmailPasswordSession(user.email(), user.password()).secret());
	}

	private static Map<String, String> query(String link) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String pair : URI.create(link).getRawQuery().split("&")) {
			int equals = pair.indexOf('=');
			values.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
					URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
		}
		return values;
	}

}
