package io.github.appwritespring.autoconfigure.security.passkeys;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.security.web.webauthn.api.AttestationConveyancePreference;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialParameters;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;

import io.github.appwritespring.autoconfigure.security.AppwriteSecurityProperties;

/**
 * The relying party passkey ceremonies are checked against: its ID and the allowed
 * origins come from {@code appwrite.security.passkeys.*}, or, when those are not set,
 * from the origin the application's public URL has on each request (the URL the OAuth2
 * callback is built from), so that one set-up works on {@code http://localhost:8080} in
 * development and behind its domain in production. Passkeys are discoverable (so a
 * sign-in needs no email) and user verification is preferred. It also rebuilds a started
 * ceremony's options from its challenge, the only part that varies, so that they need not
 * be kept on the server.
 *
 * @since 0.1.0
 */
public final class PasskeyRelyingParty {

	/** The most request origins kept at once; more are served but not kept. */
	private static final int MAX_ORIGINS = 16;

	private static final List<PublicKeyCredentialParameters> ALGORITHMS = List.of(PublicKeyCredentialParameters.EdDSA,
			PublicKeyCredentialParameters.ES256, PublicKeyCredentialParameters.RS256);

	private static final AuthenticatorSelectionCriteria AUTHENTICATOR = AuthenticatorSelectionCriteria.builder()
		.userVerification(UserVerificationRequirement.PREFERRED)
		.residentKey(ResidentKeyRequirement.REQUIRED)
		.build();

	private final PublicKeyCredentialUserEntityRepository userEntities;

	private final UserCredentialRepository userCredentials;

	private final @Nullable String rpId;

	private final String rpName;

	private final List<String> allowedOrigins;

	private final Duration timeout;

	private final Map<String, Party> parties = new ConcurrentHashMap<>();

	/**
	 * Creates a new {@code PasskeyRelyingParty}.
	 * @param settings {@code appwrite.security.passkeys.*}
	 * @param userEntities the users passkeys belong to
	 * @param userCredentials the passkeys
	 */
	public PasskeyRelyingParty(AppwriteSecurityProperties.Passkeys settings,
			PublicKeyCredentialUserEntityRepository userEntities, UserCredentialRepository userCredentials) {
		this.userEntities = userEntities;
		this.userCredentials = userCredentials;
		this.rpId = (settings.getRpId() != null && !settings.getRpId().isBlank()) ? settings.getRpId().trim() : null;
		this.rpName = settings.getRpName();
		this.allowedOrigins = settings.getAllowedOrigins()
			.stream()
			.map(String::trim)
			.filter((o) -> !o.isEmpty())
			.map((o) -> o.endsWith("/") ? o.substring(0, o.length() - 1) : o)
			.toList();
		this.timeout = settings.getChallengeLifetime();
	}

	/**
	 * Returns the relying party for a request that reached the application at an origin.
	 * @param origin the origin of the application's public URL for the request, e.g.
	 * {@code https://app.example.com}
	 * @return the relying party: its ID, and the operations that make and check
	 * ceremonies
	 */
	public Party forOrigin(String origin) {
		Party party = this.parties.get(origin);
		if (party != null) {
			return party;
		}
		String id = (this.rpId != null) ? this.rpId : URI.create(origin).getHost();
		Set<String> origins = new LinkedHashSet<>(
				this.allowedOrigins.isEmpty() ? List.of(origin) : this.allowedOrigins);
		Webauthn4JRelyingPartyOperations operations = new Webauthn4JRelyingPartyOperations(this.userEntities,
				this.userCredentials, PublicKeyCredentialRpEntity.builder().id(id).name(this.rpName).build(), origins);
		operations.setCustomizeCreationOptions((options) -> options.pubKeyCredParams(ALGORITHMS)
			.authenticatorSelection(AUTHENTICATOR)
			.attestation(AttestationConveyancePreference.NONE)
			.timeout(this.timeout));
		operations.setCustomizeRequestOptions((options) -> options.allowCredentials(List.of())
			.userVerification(UserVerificationRequirement.PREFERRED)
			.timeout(this.timeout));
		party = new Party(id, operations);
		if (this.parties.size() < MAX_ORIGINS) {
			this.parties.putIfAbsent(origin, party);
		}
		return party;
	}

	/**
	 * Returns the relying party's name.
	 * @return the relying party's name
	 */
	public String rpName() {
		return this.rpName;
	}

	/**
	 * Returns how long a ceremony may take.
	 * @return how long a ceremony may take
	 */
	public Duration timeout() {
		return this.timeout;
	}

	/**
	 * A relying party.
	 *
	 * @param id its ID
	 * @param operations the operations that make and check its ceremonies
	 */
	public record Party(String id, WebAuthnRelyingPartyOperations operations) {

		/**
		 * Returns the options a sign-in was started with.
		 * @param challenge its challenge
		 * @param timeout how long it may take
		 * @return the options
		 */
		public PublicKeyCredentialRequestOptions requestOptions(Bytes challenge, Duration timeout) {
			return PublicKeyCredentialRequestOptions.builder()
				.challenge(challenge)
				.rpId(this.id)
				.allowCredentials(List.of())
				.userVerification(UserVerificationRequirement.PREFERRED)
				.timeout(timeout)
				.build();
		}

		/**
		 * Returns the options a registration was started with (those its check reads).
		 * @param challenge its challenge
		 * @param userId the Appwrite user it registers a passkey for
		 * @param rpName the relying party's name
		 * @param timeout how long it may take
		 * @return the options
		 */
		public PublicKeyCredentialCreationOptions creationOptions(Bytes challenge, String userId, String rpName,
				Duration timeout) {
			return PublicKeyCredentialCreationOptions.builder()
				.rp(PublicKeyCredentialRpEntity.builder().id(this.id).name(rpName).build())
				.user(ImmutablePublicKeyCredentialUserEntity.builder()
					.id(AppwriteUserEntityRepository.userHandle(userId))
					.name(userId)
					.displayName(userId)
					.build())
				.challenge(challenge)
				.pubKeyCredParams(ALGORITHMS)
				.authenticatorSelection(AUTHENTICATOR)
				.attestation(AttestationConveyancePreference.NONE)
				.timeout(timeout)
				.build();
		}

	}

}
