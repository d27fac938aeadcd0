package io.github.appwritespring.autoconfigure.security.account;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.security.internal.SecurityJson;
import io.github.appwritespring.client.model.AuthenticatorType;
import io.github.appwritespring.client.service.ReactiveAccount;

/**
 * The second-factor settings of a signed-in user, through the user's own session (under
 * the MFA base path): add a TOTP authenticator ({@code POST totp}: its secret, its
 * {@code otpauth://} URI and, with ZXing on the class path, a QR code as an SVG data
 * URI), verify it with a first code ({@code POST totp/verify}, {@code code}), remove it
 * ({@code POST totp/delete}), turn MFA on and off ({@code POST enable},
 * {@code POST disable}) and create the recovery codes once ({@code POST recovery-codes}).
 * Secrets and recovery codes are answered as JSON to every client, never put in a
 * redirect's URL; the other actions redirect a browser to its target (or the success URL)
 * with a {@code notice}. Changes Appwrite protects (removing the authenticator) need a
 * challenge completed in the last 30 minutes: without one the answer is
 * {@code challenge_required}, a browser goes to the MFA page.
 */
final class MfaEnrolmentEndpoint extends BaseEndpoint {

	private final Action action;

	private final MfaCalls calls;

	MfaEnrolmentEndpoint(String mfaPath, Action action, MfaCalls calls) {
		super("POST", mfaPath + "/" + action.path, Access.SIGNED_IN);
		this.action = action;
		this.calls = calls;
	}

	@Override
	public Mono<AccountAnswer> handle(AccountRequest request) {
		ReactiveAccount account = this.calls.account(MfaCalls.sessionOf(request), request);
		String page = this.calls.page(request);
		Mono<AccountAnswer> answer = switch (this.action) {
			case ADD_TOTP -> account.createMFAAuthenticator(AuthenticatorType.TOTP).map((totp) -> {
				Map<String, Object> json = new LinkedHashMap<>();
				json.put("secret", totp.secret());
				json.put("uri", totp.uri());
				String qrCode = TotpQrCodes.svgDataUri(totp.uri());
				if (qrCode != null) {
					json.put("qrCode", qrCode);
				}
				return secrets(json);
			});
			case VERIFY_TOTP -> {
				String code = MfaCalls.code(request, "code");
				yield (code != null)
						? account.updateMFAAuthenticator(AuthenticatorType.TOTP, code)
							.thenReturn(this.calls.done(request, "totp_added", Map.of("totp", true)))
						: Mono.just(AccountAnswer.failed(request, page, AccountProblem.CODE));
			}
			case DELETE_TOTP -> account.deleteMFAAuthenticator(AuthenticatorType.TOTP)
				.thenReturn(this.calls.done(request, "totp_removed", Map.of("totp", false)));
			case ENABLE -> account.updateMFA(true).thenReturn(this.calls.done(request, "mfa_on", Map.of("mfa", true)));
			case DISABLE ->
				account.updateMFA(false).thenReturn(this.calls.done(request, "mfa_off", Map.of("mfa", false)));
			case RECOVERY_CODES -> account.createMFARecoveryCodes()
				.map((codes) -> secrets(Map.of("recoveryCodes", List.copyOf(codes.recoveryCodes()))));
		};
		return answer.onErrorResume((ex) -> this.calls.refused(request, page, ex));
	}

	/** Secrets go to the client in the body only, for any client. */
	private static AccountAnswer secrets(Map<String, ?> json) {
		return new AccountAnswer(200, null, SecurityJson.object(json), "", null, List.of(), false);
	}

	/** What the endpoint does, and its path below the MFA base path. */
	enum Action {

		/** Creates a TOTP authenticator (replacing one not verified yet). */
		ADD_TOTP("totp"),

		/** Verifies the TOTP authenticator with its first code. */
		VERIFY_TOTP("totp/verify"),

		/** Removes the TOTP authenticator. */
		DELETE_TOTP("totp/delete"),

		/** Turns MFA on. */
		ENABLE("enable"),

		/** Turns MFA off. */
		DISABLE("disable"),

		/** Creates the recovery codes, shown once. */
		RECOVERY_CODES("recovery-codes");

		private final String path;

		Action(String path) {
			this.path = path;
		}

	}

}
