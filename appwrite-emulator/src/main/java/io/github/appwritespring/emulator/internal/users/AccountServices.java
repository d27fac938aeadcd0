package io.github.appwritespring.emulator.internal.users;

import io.github.appwritespring.emulator.internal.auth.SessionIssuer;
import io.github.appwritespring.emulator.internal.auth.TokenIssuer;
import io.github.appwritespring.emulator.internal.module.EmulatorContext;
import io.github.appwritespring.emulator.internal.ratelimit.RateLimiter;

/**
 * The user, session, token and rate-limit services the Account and Users routes share,
 * one set per emulator (created through {@link EmulatorContext#service}).
 *
 * @param users stored users
 * @param sessions session creation and rendering
 * @param tokens one-time tokens
 * @param limits rate limits
 */
public record AccountServices(UserDocuments users, SessionIssuer sessions, TokenIssuer tokens, RateLimiter limits) {

	/**
	 * The emulator's instance, created on first use (its rate-limit counters are cleared
	 * on reset).
	 */
	public static AccountServices of(EmulatorContext context) {
		return context.service(AccountServices.class, () -> {
			RateLimiter limits = new RateLimiter(context.config().rateLimits(), context.clock());
			context.onReset(limits::clear);
			return new AccountServices(new UserDocuments(context.store()),
					new SessionIssuer(context.store(), context.clock(), context.config().sessionLength(),
							context.config().maxSessionsPerUser()),
					new TokenIssuer(context.store(), context.clock()), limits);
		});
	}
}
