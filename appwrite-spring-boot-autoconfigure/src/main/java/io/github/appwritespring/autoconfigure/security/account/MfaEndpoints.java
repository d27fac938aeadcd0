package io.github.appwritespring.autoconfigure.security.account;

import java.util.ArrayList;
import java.util.List;

import io.github.appwritespring.autoconfigure.security.AppwriteSecurityProperties;
import io.github.appwritespring.autoconfigure.security.internal.MfaChallengeCookie;
import io.github.appwritespring.autoconfigure.security.internal.SignInPages;
import io.github.appwritespring.autoconfigure.security.throttle.LoginThrottle;
import io.github.appwritespring.client.AppwriteClient;

/**
 * The MFA account endpoints when {@code appwrite.security.mfa.enabled} is on: starting a
 * challenge ({@code {mfa}/challenge}) and the enrolment of a signed-in user. Completing a
 * challenge ({@code {mfa}/verify}) signs the browser in, so it is an authentication
 * endpoint of each stack rather than an account endpoint.
 *
 * @since 0.1.0
 */
public final class MfaEndpoints {

	private MfaEndpoints() {
	}

	/**
	 * Returns the MFA account endpoints the properties switch on.
	 * @param properties the security properties
	 * @param admin the admin client (its session views make the calls)
	 * @param throttle caps emailed and texted codes
	 * @param challengeCookie binds a started challenge to the browser
	 * @param signInPages the chain's sign-in pages
	 * @return the endpoints, none when MFA is off
	 */
	public static List<AccountEndpoint> of(AppwriteSecurityProperties properties, AppwriteClient admin,
			LoginThrottle throttle, MfaChallengeCookie challengeCookie, SignInPages signInPages) {
		if (!properties.getMfa().isEnabled()) {
			return List.of();
		}
		String base = properties.getEndpoints().getMfa();
		MfaCalls calls = new MfaCalls(admin, signInPages, properties.getMfaPage());
		List<AccountEndpoint> endpoints = new ArrayList<>();
		endpoints.add(new MfaChallengeEndpoint(base + "/challenge", calls, throttle, challengeCookie));
		for (MfaEnrolmentEndpoint.Action action : MfaEnrolmentEndpoint.Action.values()) {
			endpoints.add(new MfaEnrolmentEndpoint(base, action, calls));
		}
		return endpoints;
	}

}
