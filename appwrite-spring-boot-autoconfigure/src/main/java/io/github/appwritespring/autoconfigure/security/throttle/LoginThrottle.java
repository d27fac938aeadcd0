package io.github.appwritespring.autoconfigure.security.throttle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Brute-force protection for sign-in, by account and by client address. Each key may fail
 * a number of times for free; after that every further attempt has to wait, twice as long
 * after each failure, up to a maximum, so a user is never locked out for good. Failures
 * are forgotten some time after the last one, and a successful sign-in forgets the
 * account's.
 * <p>
 * An attempt is counted before Appwrite is asked ({@link #reserve}), atomically in the
 * {@link LoginThrottleStore}, so concurrent attempts cannot all slip through before the
 * first failure is counted; what it reserved is given back when it succeeds or when
 * Appwrite could not be asked. An attempt made while a wait is running is refused without
 * asking Appwrite and is not counted. A browser holding a valid {@link TrustedDevices
 * trusted-device} token for the account is counted by that device instead of by the
 * account. Sign-ups and OAuth2 starts are also capped per client address and hour,
 * successes included.
 *
 * @since 0.1.0
 */
public class LoginThrottle {

	private static final String ACCOUNT = "account:";

	private static final String DEVICE = "device:";

	private static final String IP = "ip:";

	private static final String SIGNUP = "signup:";

	private static final String OAUTH2 = "oauth2:";

	private static final String MAIL_FROM = "mail-ip:";

	private static final String MAIL_TO = "mail-to:";

	private static final String ONCE = "once:";

	private static final Duration HOUR = Duration.ofHours(1);

	private final LoginThrottleStore store;

	private final ThrottlePolicy policy;

	private final @Nullable TrustedDevices devices;

	private final Clock clock;

	/**
	 * Creates a new {@code LoginThrottle}.
	 * @param store where attempts are counted
	 * @param policy the limits
	 * @param devices checks trusted-device tokens, or {@code null} to count every attempt
	 * by its account
	 * @param clock the clock
	 */
	public LoginThrottle(LoginThrottleStore store, ThrottlePolicy policy, @Nullable TrustedDevices devices,
			Clock clock) {
		this.store = store;
		this.policy = policy;
		this.devices = devices;
		this.clock = clock;
	}

	/**
	 * Counts an attempt before Appwrite is asked, or refuses it.
	 * @param clientIp the client's IP address, or {@code null} when it is not known (then
	 * only the account counts); IPv6 addresses count by their /64, and anything that is
	 * not an IP literal counts as unknown
	 * @param account the account (email) tried, or {@code null} when none applies
	 * (sign-up, OAuth2)
	 * @param trustedDevice the browser's trusted-device token, or {@code null}
	 * @return the reservation: refused ({@link Reservation#retryAfter()} positive,
	 * nothing counted) or counted, to be {@link #succeeded settled} or {@link #released
	 * given back}
	 */
	public Mono<Reservation> reserve(@Nullable String clientIp, @Nullable String account,
			@Nullable String trustedDevice) {
		if (!this.policy.enabled()) {
			return Mono.just(Reservation.NONE);
		}
		List<ThrottleKey> keys = new ArrayList<>(2);
		String bucket = ClientAddresses.bucket(clientIp);
		if (bucket != null) {
			keys.add(new ThrottleKey(IP + bucket, this.policy.ipFreeFailures()));
		}
		String accountKey = null;
		if (account != null) {
			String device = (this.devices != null) ? this.devices.deviceId(trustedDevice, account) : null;
			accountKey = (device != null) ? DEVICE + device : accountKey(account);
			keys.add(new ThrottleKey(accountKey, this.policy.accountFreeFailures()));
		}
		if (keys.isEmpty()) {
			return Mono.just(Reservation.NONE);
		}
		String ipKey = (bucket != null) ? IP + bucket : null;
		String reservedAccount = accountKey;
		return this.store.reserve(keys, this.clock.instant(), this.policy)
			.map((wait) -> wait.isZero() ? new Reservation(Duration.ZERO, ipKey, reservedAccount)
					: new Reservation(wait, null, null));
	}

	/**
	 * The attempt succeeded: the failures of the account it was counted against are
	 * forgotten, and the client address gets its attempt back. An attempt counted by a
	 * trusted device forgets that device's failures only: what others tried on the
	 * account keeps it waiting for them.
	 * @param reservation what {@link #reserve} counted
	 * @return completion
	 */
	public Mono<Void> succeeded(Reservation reservation) {
		Mono<Void> ip = (reservation.ipKey() != null) ? this.store.release(reservation.ipKey()) : Mono.empty();
		Mono<Void> account = (reservation.accountKey() != null) ? this.store.reset(reservation.accountKey())
				: Mono.empty();
		return Mono.when(ip, account);
	}

	/**
	 * Appwrite could not be asked, or the attempt was not the client's failure: every
	 * attempt the reservation counted is given back.
	 * @param reservation what {@link #reserve} counted
	 * @return completion
	 */
	public Mono<Void> released(Reservation reservation) {
		Mono<Void> ip = (reservation.ipKey() != null) ? this.store.release(reservation.ipKey()) : Mono.empty();
		Mono<Void> account = (reservation.accountKey() != null) ? this.store.release(reservation.accountKey())
				: Mono.empty();
		return Mono.when(ip, account);
	}

	/**
	 * Takes one of the client address's sign-ups for the hour.
	 * @param clientIp the client's IP address, or {@code null} when it is not known
	 * @return {@link Duration#ZERO} when the sign-up may go ahead; otherwise how long
	 * until the client may sign up again
	 */
	public Mono<Duration> signUp(@Nullable String clientIp) {
		return hourly(SIGNUP, clientIp, this.policy.signupsPerHour());
	}

	/**
	 * Takes one of the client address's OAuth2 starts for the hour.
	 * @param clientIp the client's IP address, or {@code null} when it is not known
	 * @return {@link Duration#ZERO} when the start may go ahead; otherwise how long until
	 * the client may start again
	 */
	public Mono<Duration> oauth2Start(@Nullable String clientIp) {
		return hourly(OAUTH2, clientIp, this.policy.oauth2StartsPerHour());
	}

	/**
	 * Takes one of the client address's and one of the recipient's emails for the hour,
	 * before the integration asks Appwrite to send an email (recovery, verification, a
	 * sign-in link or code). Both are taken whether the account exists or not, so the
	 * caps say nothing about which accounts exist.
	 * @param clientIp the client's IP address, or {@code null} when it is not known
	 * @param recipient the email address the message would go to
	 * @return {@link Duration#ZERO} when the email may be sent; otherwise how long until
	 * it may
	 */
	public Mono<Duration> email(@Nullable String clientIp, String recipient) {
		Mono<Duration> byAddress = hourly(MAIL_FROM, clientIp, this.policy.emailsPerAddressPerHour());
		int perRecipient = this.policy.emailsPerRecipientPerHour();
		if (!this.policy.enabled() || perRecipient <= 0) {
			return byAddress;
		}
		String key = MAIL_TO + recipient.trim().toLowerCase(Locale.ROOT);
		return byAddress.flatMap((wait) -> wait.isZero()
				? this.store.take(key, perRecipient, HOUR, this.clock.instant()) : Mono.just(wait));
	}

	/**
	 * Takes the one use of a one-time value (a passkey ceremony's challenge) for as long
	 * as it could be presented, in the shared store, so that it is used once across all
	 * instances; also when throttling is off.
	 * @param value the one-time value
	 * @param lifetime how long it could be presented
	 * @return whether this was its first use
	 */
	public Mono<Boolean> firstUse(String value, Duration lifetime) {
		return this.store.take(ONCE + value, 1, lifetime, this.clock.instant()).map(Duration::isZero);
	}

	private Mono<Duration> hourly(String kind, @Nullable String clientIp, int limit) {
		String bucket = ClientAddresses.bucket(clientIp);
		if (!this.policy.enabled() || limit <= 0 || bucket == null) {
			return Mono.just(Duration.ZERO);
		}
		return this.store.take(kind + bucket, limit, HOUR, this.clock.instant());
	}

	/**
	 * Returns how long the client has to wait before trying again, without counting
	 * anything; {@link Duration#ZERO} when it may try now.
	 * @param clientIp the client's IP address, or {@code null}
	 * @param account the account tried, or {@code null}
	 * @return how long the client has to wait before trying again
	 */
	public Mono<Duration> retryAfter(@Nullable String clientIp, @Nullable String account) {
		if (!this.policy.enabled()) {
			return Mono.just(Duration.ZERO);
		}
		Instant now = this.clock.instant();
		String bucket = ClientAddresses.bucket(clientIp);
		Mono<Duration> byIp = (bucket != null)
				? this.store.get(IP + bucket)
					.map((attempts) -> this.policy.remaining(attempts, this.policy.ipFreeFailures(), now))
				: Mono.just(Duration.ZERO);
		if (account == null) {
			return byIp;
		}
		Mono<Duration> byAccount = this.store.get(accountKey(account))
			.map((attempts) -> this.policy.remaining(attempts, this.policy.accountFreeFailures(), now));
		return Mono.zip(byIp, byAccount, (ip, acc) -> (ip.compareTo(acc) >= 0) ? ip : acc);
	}

	private static String accountKey(String account) {
		return ACCOUNT + account.trim().toLowerCase(Locale.ROOT);
	}

	/**
	 * What {@link LoginThrottle#reserve} counted for one attempt.
	 *
	 * @param retryAfter positive when the attempt was refused (then nothing was counted)
	 * @param ipKey the client address key counted, or {@code null}
	 * @param accountKey the account or device key counted, or {@code null}
	 */
	public record Reservation(Duration retryAfter, @Nullable String ipKey, @Nullable String accountKey) {

		static final Reservation NONE = new Reservation(Duration.ZERO, null, null);

		/**
		 * Returns whether the attempt was refused.
		 * @return whether the attempt has to wait
		 */
		public boolean refused() {
			return !this.retryAfter.isZero();
		}

	}

}
