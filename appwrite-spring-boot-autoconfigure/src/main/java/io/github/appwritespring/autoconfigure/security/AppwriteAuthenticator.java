package io.github.appwritespring.autoconfigure.security;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.AppwriteSessionCookie;
import io.github.appwritespring.autoconfigure.security.AppwriteSignInException.Reason;
import io.github.appwritespring.autoconfigure.security.throttle.LoginThrottle;
import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.AppwriteErrorResponseException;
import io.github.appwritespring.client.ID;
import io.github.appwritespring.client.ReactiveAppwriteClient;
import io.github.appwritespring.client.model.AuthenticationFactor;
import io.github.appwritespring.client.model.MfaChallenge;
import io.github.appwritespring.client.model.MfaFactors;
import io.github.appwritespring.client.model.Session;
import io.github.appwritespring.client.model.Team;
import io.github.appwritespring.client.model.User;
import io.github.appwritespring.client.service.ReactiveAccount;

/**
 * Signs users in, up and out with Appwrite, for both web stacks (the servlet stack blocks
 * on these {@code Mono}s, WebFlux composes them). Sign-in calls
 * {@code createEmailPasswordSession} with the admin client, because only calls with an
 * API key get the session secret back; the API key also switches Appwrite's own rate
 * limits off, so every attempt passes through the {@link LoginThrottle} first.
 *
 * @since 0.1.0
 */
public class AppwriteAuthenticator {

	private static final Log logger = LogFactory.getLog(AppwriteAuthenticator.class);

	private static final int MAX_FIELD = 256;

	/**
	 * Marks a throttled account that is an Appwrite user ID (token exchanges), not an
	 * email: no email has this prefix.
	 */
	private static final String USER = "user:";

	private final AppwriteClient admin;

	private final LoginThrottle throttle;

	private final AppwriteAuthoritiesMapper authoritiesMapper;

	private final boolean teams;

	private final boolean mfa;

	private final boolean factors;

	/**
	 * Creates a new {@code AppwriteAuthenticator} that completes second factors and adds
	 * the session's factors to the authorities.
	 * @param admin the admin client (API key with the sessions.write and users.write
	 * scopes)
	 * @param throttle counts failures and imposes waits
	 * @param authoritiesMapper makes the authorities
	 * @param teams whether to look up the user's teams for the authorities
	 */
	public AppwriteAuthenticator(AppwriteClient admin, LoginThrottle throttle,
			AppwriteAuthoritiesMapper authoritiesMapper, boolean teams) {
		this(admin, throttle, authoritiesMapper, teams, true, true);
	}

	/**
	 * Creates a new {@code AppwriteAuthenticator}.
	 * @param admin the admin client (API key with the sessions.write and users.write
	 * scopes)
	 * @param throttle counts failures and imposes waits
	 * @param authoritiesMapper makes the authorities
	 * @param teams whether to look up the user's teams for the authorities
	 * @param mfa whether a sign-in that needs a second factor keeps its limited session
	 * (failing with {@link AppwriteMfaRequiredException}) rather than deleting it
	 * @param factors whether the session's factors become {@link AppwriteFactors}
	 * authorities (one more Appwrite call per resolution, made alongside
	 * {@code account.get})
	 */
	public AppwriteAuthenticator(AppwriteClient admin, LoginThrottle throttle,
			AppwriteAuthoritiesMapper authoritiesMapper, boolean teams, boolean mfa, boolean factors) {
		this.admin = admin;
		this.throttle = throttle;
		this.authoritiesMapper = authoritiesMapper;
		this.teams = teams;
		this.mfa = mfa;
		this.factors = factors;
	}

	/**
	 * Authenticates an authentication request with Appwrite: a
	 * {@link UsernamePasswordAuthenticationToken} (email and password) signs in, an
	 * {@link AppwriteSignUpAuthenticationToken} signs up, an
	 * {@link AppwriteOAuth2AuthenticationToken} finishes an OAuth2 sign-in, a
	 * {@link AppwriteOneTimeTokenAuthenticationToken} (a magic link's secret or an
	 * emailed code) exchanges a one-time token, an
	 * {@link AppwriteInvitationAuthenticationToken} accepts a team invitation. The
	 * browser's details are the request's {@link AppwriteSignInDetails}, or none (the
	 * throttle then counts by account only).
	 * @param request an authentication request
	 * @return the signed-in user with a fresh session, empty for another kind of request;
	 * fails with {@link AppwriteSignInException} or {@link AppwriteUnavailableException}
	 */
	public Mono<AppwriteAuthenticationToken> authenticate(Authentication request) {
		AppwriteSignInDetails details = (request.getDetails() instanceof AppwriteSignInDetails browser) ? browser
				: AppwriteSignInDetails.NONE;
		if (request instanceof UsernamePasswordAuthenticationToken) {
			return signIn(request.getName(), credentials(request), details);
		}
		if (request instanceof AppwriteSignUpAuthenticationToken signUp) {
			return signUp(signUp.getDisplayName(), signUp.getPrincipal(), signUp.getCredentials(), details);
		}
		if (request instanceof AppwriteOAuth2AuthenticationToken oauth2) {
			return exchange(oauth2.getPrincipal(), oauth2.getCredentials(), details);
		}
		if (request instanceof AppwriteInvitationAuthenticationToken invitation) {
			return acceptInvitation(invitation, details);
		}
		if (request instanceof AppwriteOneTimeTokenAuthenticationToken oneTimeToken) {
			return exchangeOneTimeToken(oneTimeToken.getPrincipal(), oneTimeToken.getCredentials(), details);
		}
		if (request instanceof AppwriteMfaAuthenticationToken secondFactor) {
			return completeMfa(secondFactor.getSessionSecret(), secondFactor.getPrincipal(),
					secondFactor.getCredentials(), details);
		}
		return Mono.empty();
	}

	private static @Nullable String credentials(Authentication request) {
		Object credentials = request.getCredentials();
		return (credentials != null) ? credentials.toString() : null;
	}

	/**
	 * Returns the signed-in user with a fresh session; fails with
	 * {@link AppwriteSignInException} or {@link AppwriteUnavailableException}.
	 * @param email the email
	 * @param password the password
	 * @param details the client address (for throttling), user agent (forwarded so the
	 * session shows the right device) and trusted-device cookie of the browser
	 * @return the signed-in user with a fresh session; fails with
	 * {@link AppwriteSignInException} or {@link AppwriteUnavailableException}
	 */
	public Mono<AppwriteAuthenticationToken> signIn(@Nullable String email, @Nullable String password,
			AppwriteSignInDetails details) {
		if (isBlank(email) || isBlank(password) || email.length() > MAX_FIELD || password.length() > MAX_FIELD) {
			return Mono.error(new AppwriteSignInException(Reason.CREDENTIALS));
		}
		String account = email.trim();
		String userAgent = details.userAgent();
		return reserved(details, account,
				() -> adminAs(userAgent).account()
					.createEmailPasswordSession(account, password)
					.onErrorMap(AppwriteErrorResponseException.class, (ex) -> signInFailure(ex, Reason.CREDENTIALS))
					.flatMap((session) -> signedIn(session, userAgent)));
	}

	/**
	 * Creates an account and signs it in. Each client address may sign up a limited
	 * number of times per hour, successes included.
	 * @param name the user's name (may be empty)
	 * @param email the email
	 * @param password the password (Appwrite wants 8 to 256 characters)
	 * @param details the client address, user agent and trusted-device cookie of the
	 * browser
	 * @return the signed-in new user
	 */
	public Mono<AppwriteAuthenticationToken> signUp(@Nullable String name, @Nullable String email,
			@Nullable String password, AppwriteSignInDetails details) {
		if (isBlank(email) || isBlank(password) || email.length() > MAX_FIELD || password.length() > MAX_FIELD
				|| (name != null && name.length() > 128)) {
			return Mono.error(new AppwriteSignInException(Reason.INVALID));
		}
		String account = email.trim();
		String displayName = (name != null) ? name.trim() : "";
		String userAgent = details.userAgent();
		return withinCap(this.throttle.signUp(details.clientAddress())).then(reserved(details, null,
				() -> adminAs(userAgent).account()
					.create(ID.unique(), account, password, displayName)
					.onErrorMap(AppwriteErrorResponseException.class, (ex) -> signInFailure(ex, Reason.INVALID))
					.flatMap((user) -> adminAs(userAgent).account().createEmailPasswordSession(account, password))
					.onErrorMap(AppwriteErrorResponseException.class, (ex) -> signInFailure(ex, Reason.INVALID))
					.flatMap((session) -> signedIn(session, userAgent))));
	}

	/**
	 * Finishes an OAuth2 sign-in: exchanges the token Appwrite sent to the callback for a
	 * session.
	 * @param userId the callback's {@code userId}
	 * @param secret the callback's {@code secret}
	 * @param details the client address, user agent and trusted-device cookie of the
	 * browser
	 * @return the signed-in user
	 */
	public Mono<AppwriteAuthenticationToken> exchange(@Nullable String userId, @Nullable String secret,
			AppwriteSignInDetails details) {
		if (isBlank(userId) || isBlank(secret) || userId.length() > MAX_FIELD || secret.length() > 1024) {
			return Mono.error(new AppwriteSignInException(Reason.OAUTH2));
		}
		return tokenExchange(userId, secret, details, Reason.OAUTH2);
	}

	/**
	 * Signs in with a one-time token Appwrite sent by email: a magic link's secret or a
	 * 6-digit code, exchanged for a session.
	 * @param userId the Appwrite user the token was made for
	 * @param secret the magic link's secret or the code
	 * @param details the client address, user agent and trusted-device cookie of the
	 * browser
	 * @return the signed-in user; fails with {@link AppwriteSignInException} (reason
	 * {@link Reason#CODE} for a wrong, expired or used token) or
	 * {@link AppwriteUnavailableException}
	 */
	public Mono<AppwriteAuthenticationToken> exchangeOneTimeToken(@Nullable String userId, @Nullable String secret,
			AppwriteSignInDetails details) {
		if (isBlank(userId) || isBlank(secret) || userId.length() > MAX_FIELD || secret.length() > 1024) {
			return Mono.error(new AppwriteSignInException(Reason.CODE));
		}
		return tokenExchange(userId, secret, details, Reason.CODE);
	}

	/**
	 * Exchanges a token for a session. Every token exchange (OAuth2, magic link, emailed
	 * code) is {@code createSession(userId, secret)}, which takes any kind of token: so
	 * failures count against the user as well as the client address, or a short emailed
	 * code could be guessed through an endpoint meant for long secrets.
	 */
	private Mono<AppwriteAuthenticationToken> tokenExchange(String userId, String secret, AppwriteSignInDetails details,
			Reason failure) {
		String userAgent = details.userAgent();
		return reserved(details, USER + userId,
				() -> adminAs(userAgent).account()
					.createSession(userId, secret)
					.onErrorMap(AppwriteErrorResponseException.class, (ex) -> signInFailure(ex, failure))
					.flatMap((session) -> signedIn(session, userAgent)));
	}

	/**
	 * Signs a user in with a passkey: once the assertion is verified (by the given
	 * {@code Mono}, which names the passkey's Appwrite user, or fails with
	 * {@link AppwriteSignInException} for a refused assertion), the admin client makes a
	 * one-time token for that user and exchanges it for a session as the browser (its
	 * {@code User-Agent} forwarded). Failed assertions count against the client address,
	 * as wrong passwords do. The session is Appwrite's: a user with Appwrite MFA on still
	 * completes a second factor ({@link AppwriteMfaRequiredException}), as after a magic
	 * link. The signed-in user also carries
	 * {@link FactorGrantedAuthority#WEBAUTHN_AUTHORITY}.
	 * @param verifiedUser verifies the assertion and names its Appwrite user
	 * @param details the client address, user agent and trusted-device cookie of the
	 * browser
	 * @return the signed-in user; fails with {@link AppwriteSignInException} or
	 * {@link AppwriteUnavailableException}
	 */
	public Mono<AppwriteAuthenticationToken> signInWithPasskey(Mono<String> verifiedUser,
			AppwriteSignInDetails details) {
		String userAgent = details.userAgent();
		return reserved(details, null,
				() -> verifiedUser.flatMap((userId) -> this.admin.reactive()
					.users()
					.createToken(userId, null, 60)
					.flatMap((token) -> adminAs(userAgent).account().createSession(userId, token.secret()))
					.onErrorMap(AppwriteErrorResponseException.class, (ex) -> signInFailure(ex, Reason.PASSKEY))
					.flatMap((session) -> signedIn(session, userAgent))))
			.map((token) -> AppwriteFactors.withWebAuthn(token, Instant.now()));
	}

	/**
	 * Accepts a team invitation and signs the invited user in with the session Appwrite
	 * makes for them. Appwrite refuses the API key on this route and hands the session
	 * over only in its cookie headers, so the call is made as a guest. The browser's
	 * previous session, of whichever user, is replaced as by any other sign-in.
	 * @param invitation the invitation link's IDs and secret
	 * @param details the client address and user agent of the browser
	 * @return the signed-in invited user; fails with {@link AppwriteSignInException}
	 * (reason {@link Reason#INVITATION} for a wrong secret or an invitation already
	 * accepted) or {@link AppwriteUnavailableException}
	 */
	public Mono<AppwriteAuthenticationToken> acceptInvitation(AppwriteInvitationAuthenticationToken invitation,
			AppwriteSignInDetails details) {
		String teamId = invitation.getTeamId();
		String membershipId = invitation.getMembershipId();
		String userId = invitation.getPrincipal();
		String secret = invitation.getCredentials();
		if (isBlank(teamId) || isBlank(membershipId) || isBlank(userId) || isBlank(secret)
				|| teamId.length() > MAX_FIELD || membershipId.length() > MAX_FIELD || userId.length() > MAX_FIELD
				|| secret.length() > 1024) {
			return Mono.error(new AppwriteSignInException(Reason.INVITATION));
		}
		String userAgent = details.userAgent();
		AppwriteClient guest = this.admin.asGuest();
		ReactiveAppwriteClient caller = ((userAgent != null) ? guest.withForwardedUserAgent(userAgent) : guest)
			.reactive();
		return reserved(details, USER + userId,
				() -> caller.teams()
					.acceptInvitation(teamId, membershipId, userId, secret)
					.onErrorMap(AppwriteErrorResponseException.class, (ex) -> signInFailure(ex, Reason.INVITATION))
					.flatMap((accepted) -> {
						String sessionSecret = accepted.sessionSecret();
						if (isBlank(sessionSecret)) {
							logger.error("Appwrite accepted a team invitation but set no session cookie");
							return Mono.error(new IllegalStateException("Appwrite made no session for the invitee"));
						}
						// a session still waiting for a second factor cannot read itself:
						// with
						// second factors on it goes on to them, otherwise it is ended as
						// any
						// sign-in that did not complete
						return sessionAs(sessionSecret, userAgent).account()
							.getSession("current")
							.onErrorResume(AppwriteErrorResponseException.class, (ex) -> {
								Mono<Void> end = signOut(sessionSecret, userAgent)
									.onErrorResume((ended) -> Mono.empty());
								if (this.mfa && isSecondFactorRequired(ex)) {
									// on to the second factor, as a password sign-in
									return limited(end, sessionSecret, null, userAgent).then(Mono.<Session>empty());
								}
								return end.then(Mono.<Session>error(isSecondFactorRequired(ex)
										? new AppwriteSignInException(Reason.MFA_REQUIRED) : ex));
							})
							.flatMap((session) -> signedIn(session, sessionSecret, userAgent));
					}));
	}

	/**
	 * Completes an MFA challenge of the browser's session, which then counts as signed in
	 * with one more factor. Wrong codes are throttled like wrong passwords, by client
	 * address and by account (the user the session belongs to).
	 * @param sessionSecret the browser's session cookie (a limited session, or a full one
	 * confirming a sensitive change)
	 * @param challengeId the challenge started for it, or {@code null} to take the code
	 * as the authenticator app's (a TOTP challenge is made and completed at once, since
	 * it sends nothing)
	 * @param code the code the user entered
	 * @param details the client address, user agent and trusted-device cookie of the
	 * browser
	 * @return the signed-in user of the session; fails with
	 * {@link AppwriteSignInException} ({@link Reason#CODE} for a wrong code,
	 * {@link Reason#MFA_EXPIRED} when the session is gone) or
	 * {@link AppwriteUnavailableException}
	 */
	public Mono<AppwriteAuthenticationToken> completeMfa(@Nullable String sessionSecret, @Nullable String challengeId,
			@Nullable String code, AppwriteSignInDetails details) {
		if (isBlank(sessionSecret) || sessionSecret.length() > 4096) {
			return Mono.error(new AppwriteSignInException(Reason.MFA_EXPIRED));
		}
		if (isBlank(code) || code.length() > 64 || (challengeId != null && challengeId.length() > 64)) {
			return Mono.error(new AppwriteSignInException(Reason.CODE));
		}
		String userAgent = details.userAgent();
		String otp = code.strip();
		ReactiveAccount account = sessionAs(sessionSecret, userAgent).account();
		Mono<String> challenge = isBlank(challengeId)
				? Mono.defer(() -> account.createMFAChallenge(AuthenticationFactor.TOTP)).map(MfaChallenge::id)
				: Mono.just(challengeId);
		return reserved(details, AppwriteSessionCookie.userId(sessionSecret),
				() -> challenge.flatMap((id) -> account.updateMFAChallenge(id, otp))
					.onErrorMap(AppwriteErrorResponseException.class, AppwriteAuthenticator::secondFactorFailure)
					.flatMap((session) -> authenticated(sessionSecret, expiry(session.expire()), userAgent, session)));
	}

	private static Throwable secondFactorFailure(AppwriteErrorResponseException ex) {
		if (ex.getStatus() >= 500) {
			return new AppwriteUnavailableException(ex);
		}
		return switch (ex.getType()) {
			case "user_invalid_token", "general_argument_invalid" -> new AppwriteSignInException(Reason.CODE);
			case "user_blocked" -> new AppwriteSignInException(Reason.BLOCKED);
			case "general_rate_limit_exceeded" -> new AppwriteSignInException(Reason.THROTTLED, Duration.ofMinutes(1));
			default -> new AppwriteSignInException((ex.getStatus() == 401) ? Reason.MFA_EXPIRED : Reason.CODE);
		};
	}

	/**
	 * Returns the provider URL to send the browser to.
	 * @param provider an Appwrite OAuth2 provider, e.g. {@code github}
	 * @param success the callback URL for success
	 * @param failure the callback URL for failure
	 * @param scopes extra scopes, or an empty list
	 * @param details the browser's client address, for throttling
	 * @return the provider URL to send the browser to
	 */
	public Mono<URI> oauth2Url(String provider, String success, String failure, List<String> scopes,
			AppwriteSignInDetails details) {
		return withinCap(this.throttle.oauth2Start(details.clientAddress()))
			.then(Mono.defer(() -> this.admin.reactive()
				.account()
				.createOAuth2Token(provider, success, failure, scopes.isEmpty() ? null : scopes)))
			.onErrorMap((ex) -> ex instanceof AppwriteErrorResponseException appwrite && appwrite.getStatus() < 500,
					(ex) -> oauth2Refused(provider, success, (AppwriteErrorResponseException) ex))
			.onErrorMap(AppwriteAuthenticator::unavailable);
	}

	private static Throwable oauth2Refused(String provider, String success, AppwriteErrorResponseException ex) {
		logger.warn("Appwrite refused to start OAuth2 sign-in with " + provider + " (" + ex.getType() + ": "
				+ ex.getAppwriteMessage() + "). Check that the provider is enabled in the Appwrite console and that "
				+ "the host of " + success.substring(0, Math.max(0, success.indexOf('?')))
				+ " is one of the project's Web platforms.");
		return new AppwriteSignInException(Reason.OAUTH2);
	}

	/**
	 * Reads the user of a session.
	 * @param sessionSecret the session cookie's value
	 * @param userAgent the end user's {@code User-Agent}
	 * @return the user, or empty when Appwrite answers 401 for the session (expired,
	 * deleted, blocked user); fails with {@link AppwriteLimitedSessionException} when the
	 * session still needs a second factor (it is not signed in, yet not gone), and with
	 * {@link AppwriteUnavailableException} for any other failure, including other 4xx
	 * answers (a proxy's 403, an unknown or paused project): those say nothing about the
	 * session, so it must not be signed out
	 */
	public Mono<AppwriteAuthenticationToken> resolve(String sessionSecret, @Nullable String userAgent) {
		return authenticated(sessionSecret, null, userAgent, null)
			.onErrorMap(AppwriteAuthenticator::isSecondFactorRequired, (ex) -> new AppwriteLimitedSessionException())
			.onErrorResume(AppwriteAuthenticator::isSessionRefused, (ex) -> Mono.empty())
			.onErrorMap(AppwriteAuthenticator::resolutionFailure);
	}

	/**
	 * Reads the user of an Appwrite JWT (an API client's), calling Appwrite with the JWT
	 * and never with the API key, inside a throttle reservation for the client's address:
	 * a JWT Appwrite refuses counts as a failure, so that a client sending forged tokens
	 * is slowed down like one guessing passwords.
	 * @param jwt the JWT
	 * @param expire when it expires (its {@code exp} claim)
	 * @param details the client's address and user agent
	 * @return the user, or empty when Appwrite refuses the JWT (expired, forged, its
	 * session ended or waiting for a second factor, blocked user); fails with
	 * {@link AppwriteSignInException} ({@link Reason#THROTTLED}) or
	 * {@link AppwriteUnavailableException}
	 */
	public Mono<AppwriteAuthenticationToken> resolveJwt(String jwt, Instant expire, AppwriteSignInDetails details) {
		AppwriteClient view = this.admin.withJwt(jwt);
		String userAgent = details.userAgent();
		ReactiveAppwriteClient client = ((userAgent != null) ? view.withForwardedUserAgent(userAgent) : view)
			.reactive();
		return reserved(details, null,
				() -> authenticated(client, null,
						(user, authorities) -> new AppwriteJwtAuthenticationToken(user, jwt, expire, authorities))
					.onErrorMap((ex) -> isSessionRefused(ex) || isSecondFactorRequired(ex),
							(ex) -> new AppwriteSignInException(Reason.CREDENTIALS)))
			.onErrorResume(
					(ex) -> ex instanceof AppwriteSignInException refused && refused.getReason() == Reason.CREDENTIALS,
					(ex) -> Mono.empty())
			.onErrorMap(AppwriteAuthenticator::resolutionFailure);
	}

	/**
	 * Deletes the session in Appwrite. A session Appwrite no longer knows counts as
	 * deleted.
	 * @param sessionSecret the session cookie's value
	 * @param userAgent the end user's {@code User-Agent}
	 * @return completion; fails with {@link AppwriteUnavailableException} when Appwrite
	 * cannot be asked
	 */
	public Mono<Void> signOut(String sessionSecret, @Nullable String userAgent) {
		return sessionAs(sessionSecret, userAgent).account()
			.deleteSession("current")
			.onErrorResume(AppwriteAuthenticator::isRejection, (ex) -> Mono.empty())
			.onErrorMap(AppwriteAuthenticator::unavailable);
	}

	/**
	 * Runs a sign-in attempt inside a throttle reservation: counted before Appwrite is
	 * asked, kept when it failed for a reason the client controls (a wrong password, a
	 * taken email, a forged OAuth2 secret), given back when it succeeded or when Appwrite
	 * could not answer.
	 */
	private Mono<AppwriteAuthenticationToken> reserved(AppwriteSignInDetails details, @Nullable String account,
			Supplier<Mono<AppwriteAuthenticationToken>> attempt) {
		return this.throttle.reserve(details.clientAddress(), account, details.trustedDevice())
			.flatMap((reservation) -> {
				if (reservation.refused()) {
					return Mono.error(new AppwriteSignInException(Reason.THROTTLED, reservation.retryAfter()));
				}
				return Mono.defer(attempt)
					.onErrorMap(AppwriteAuthenticator::unavailable)
					.flatMap((token) -> this.throttle.succeeded(reservation).thenReturn(token))
					.onErrorResume((ex) -> settle(reservation, ex).then(Mono.error(ex)));
			});
	}

	/**
	 * Completes when the hourly cap took the use; fails as throttled when it is used up.
	 */
	private static Mono<Void> withinCap(Mono<Duration> cap) {
		return cap.flatMap((wait) -> wait.isZero() ? Mono.empty()
				: Mono.error(new AppwriteSignInException(Reason.THROTTLED, wait)));
	}

	private Mono<Void> settle(LoginThrottle.Reservation reservation, Throwable failure) {
		if (failure instanceof AppwriteSignInException signIn) {
			return switch (signIn.getReason()) {
				case MFA_REQUIRED -> this.throttle.succeeded(reservation);
				// Appwrite's own limit spoke: the attempt was not judged
				case THROTTLED -> this.throttle.released(reservation);
				default -> Mono.empty();
			};
		}
		return this.throttle.released(reservation);
	}

	/**
	 * The user of a session just made. When that cannot be read, the session is deleted
	 * again rather than left valid in Appwrite with nobody holding it.
	 */
	private Mono<AppwriteAuthenticationToken> signedIn(Session session, @Nullable String userAgent) {
		return signedIn(session, session.secret(), userAgent);
	}

	private Mono<AppwriteAuthenticationToken> signedIn(Session session, @Nullable String secret,
			@Nullable String userAgent) {
		if (isBlank(secret)) {
			logger.error("Appwrite created a session but returned no secret. Sign-in needs the admin client's API "
					+ "key (appwrite.api-key) with the sessions.write scope.");
			return Mono.error(new IllegalStateException(
					"Appwrite returned no session secret: the API key needs the " + "sessions.write scope"));
		}
		Instant expire = expiry(session.expire());
		return authenticated(secret, expire, userAgent, session).onErrorResume((ex) -> {
			if (this.mfa && isSecondFactorRequired(ex)) {
				return limited(ended(session), secret, expire, userAgent);
			}
			return ended(session)
				.then(Mono.error(isSecondFactorRequired(ex) ? new AppwriteSignInException(Reason.MFA_REQUIRED) : ex));
		});
	}

	/**
	 * A sign-in that needs a second factor: fails with the limited session and the
	 * factors its user can complete it with, read through the limited session (one of the
	 * few calls Appwrite allows it). When they cannot be read, the session is deleted as
	 * any sign-in that did not complete, and the sign-in fails as with MFA off (or as
	 * unavailable).
	 */
	private Mono<AppwriteAuthenticationToken> limited(Mono<Void> end, String secret, @Nullable Instant expire,
			@Nullable String userAgent) {
		return sessionAs(secret, userAgent).account()
			.listMFAFactors()
			.onErrorResume((ex) -> end.then(Mono.error(AppwriteUnavailableException.isUnavailability(ex)
					? new AppwriteUnavailableException(ex) : new AppwriteSignInException(Reason.MFA_REQUIRED))))
			.flatMap((available) -> Mono.error(new AppwriteMfaRequiredException(secret, expire, factors(available))));
	}

	/**
	 * The factors an MFA challenge can be made with, as {@code createMFAChallenge} names
	 * them ({@code recoverycode} in lower case, pitfall of Appwrite's own spelling).
	 */
	private static List<String> factors(MfaFactors available) {
		List<String> factors = new ArrayList<>();
		if (available.totp()) {
			factors.add(AuthenticationFactor.TOTP.value());
		}
		if (available.email()) {
			factors.add(AuthenticationFactor.EMAIL.value());
		}
		if (available.phone()) {
			factors.add(AuthenticationFactor.PHONE.value());
		}
		if (available.recoveryCode()) {
			factors.add(AuthenticationFactor.RECOVERY_CODE.value());
		}
		return factors;
	}

	/**
	 * Deletes a session whose sign-in did not complete (only a second factor could
	 * complete it, or its user could not be read), so that no half-made session outlives
	 * the failed sign-in.
	 */
	private Mono<Void> ended(Session session) {
		return this.admin.reactive().users().deleteSession(session.userId(), session.id()).onErrorResume((ex) -> {
			logger.warn("Could not delete the session of a sign-in that did not complete (" + ex.getClass().getName()
					+ "); it expires on its own");
			return Mono.empty();
		});
	}

	private static boolean isSecondFactorRequired(Throwable ex) {
		return ex instanceof AppwriteErrorResponseException appwrite
				&& "user_more_factors_required".equals(appwrite.getType());
	}

	/**
	 * The signed-in user of a session, with the authorities of its user and of its
	 * factors: those of the session just made or completed when given, else read with
	 * {@code account.getSession("current")} alongside {@code account.get}.
	 */
	private Mono<AppwriteAuthenticationToken> authenticated(String secret, @Nullable Instant expire,
			@Nullable String userAgent, @Nullable Session session) {
		return authenticated(sessionAs(secret, userAgent), session,
				(user, authorities) -> new AppwriteAuthenticationToken(user, secret, expire, authorities));
	}

	/**
	 * The user a client calls as, with the authorities of the user and of its session's
	 * factors, as {@code token} makes them into a token.
	 */
	private Mono<AppwriteAuthenticationToken> authenticated(ReactiveAppwriteClient client, @Nullable Session session,
			BiFunction<AppwriteUser, List<GrantedAuthority>, AppwriteAuthenticationToken> token) {
		Mono<List<FactorGrantedAuthority>> factorAuthorities;
		if (!this.factors) {
			factorAuthorities = Mono.just(List.of());
		}
		else if (session != null) {
			factorAuthorities = Mono.just(factorAuthorities(session));
		}
		else {
			factorAuthorities = client.account().getSession("current").map(AppwriteAuthenticator::factorAuthorities);
		}
		return Mono.zip(client.account().get(), factorAuthorities)
			.flatMap((found) -> teamIds(client, found.getT1()).map((teamIds) -> {
				User user = found.getT1();
				List<GrantedAuthority> authorities = new ArrayList<>(this.authoritiesMapper.authorities(user, teamIds));
				authorities.addAll(found.getT2());
				return token.apply(AppwriteUser.of(user), authorities);
			}));
	}

	private static List<FactorGrantedAuthority> factorAuthorities(Session session) {
		return AppwriteFactors.of(session.factors(), session.createdAt(), session.mfaUpdatedAt());
	}

	private Mono<List<String>> teamIds(ReactiveAppwriteClient client, User user) {
		if (!this.teams) {
			return Mono.just(List.of());
		}
		return client.teams().list(null, null).map((list) -> list.teams().stream().map(Team::id).toList());
	}

	private ReactiveAppwriteClient adminAs(@Nullable String userAgent) {
		return ((userAgent != null) ? this.admin.withForwardedUserAgent(userAgent) : this.admin).reactive();
	}

	private ReactiveAppwriteClient sessionAs(String secret, @Nullable String userAgent) {
		AppwriteClient view = this.admin.withSession(secret);
		return ((userAgent != null) ? view.withForwardedUserAgent(userAgent) : view).reactive();
	}

	private static Throwable signInFailure(AppwriteErrorResponseException ex, Reason otherwise) {
		if (ex.getStatus() >= 500) {
			return new AppwriteUnavailableException(ex);
		}
		return switch (ex.getType()) {
			case "user_blocked" -> new AppwriteSignInException(Reason.BLOCKED);
			case "user_already_exists", "user_email_already_exists" -> new AppwriteSignInException(Reason.EXISTS);
			case "general_rate_limit_exceeded" -> new AppwriteSignInException(Reason.THROTTLED, Duration.ofMinutes(1));
			default -> new AppwriteSignInException(otherwise);
		};
	}

	private static boolean isSessionRefused(Throwable ex) {
		return ex instanceof AppwriteErrorResponseException appwrite && appwrite.getStatus() == 401;
	}

	private static Throwable resolutionFailure(Throwable ex) {
		if (ex instanceof AppwriteErrorResponseException appwrite && appwrite.getStatus() >= 400
				&& appwrite.getStatus() < 500) {
			return new AppwriteUnavailableException(ex);
		}
		return unavailable(ex);
	}

	private static boolean isRejection(Throwable ex) {
		return ex instanceof AppwriteErrorResponseException appwrite && appwrite.getStatus() >= 400
				&& appwrite.getStatus() < 500 && appwrite.getStatus() != 429;
	}

	private static Throwable unavailable(Throwable ex) {
		if (ex instanceof AppwriteSignInException || ex instanceof AppwriteUnavailableException
				|| ex instanceof AppwriteLimitedSessionException) {
			return ex;
		}
		return AppwriteUnavailableException.isUnavailability(ex) ? new AppwriteUnavailableException(ex) : ex;
	}

	private static @Nullable Instant expiry(@Nullable String expire) {
		if (isBlank(expire)) {
			return null;
		}
		try {
			return OffsetDateTime.parse(expire).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	@Contract("null -> true")
	private static boolean isBlank(@Nullable String value) {
		return value == null || value.isBlank();
	}

}
