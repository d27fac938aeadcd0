package io.github.appwritespring.autoconfigure.security.account;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.github.appwritespring.autoconfigure.security.AppwriteUnavailableException;
import io.github.appwritespring.client.AppwriteErrorResponseException;

/**
 * What the account endpoints make of Appwrite's error answers: the refusals they turn
 * into an {@link AccountProblem}, and the failures that mean Appwrite is unavailable
 * (answered with 503 by the integration).
 */
final class AppwriteAnswers {

	private AppwriteAnswers() {
	}

	/**
	 * Returns whether Appwrite answered the call with one of those error types.
	 * @param failure a failure
	 * @param types error types of Appwrite, e.g. {@code user_invalid_token}
	 * @return whether it is such a refusal
	 */
	static boolean isRefusal(Throwable failure, String... types) {
		return failure instanceof AppwriteErrorResponseException appwrite && Set.of(types).contains(appwrite.getType());
	}

	/**
	 * Returns whether Appwrite refused the user's session (401): it ended, or the user
	 * was blocked, while the request was on its way.
	 * @param failure a failure
	 * @return whether it is such a refusal
	 */
	static boolean isSessionRefused(Throwable failure) {
		return failure instanceof AppwriteErrorResponseException appwrite && appwrite.getStatus() == 401;
	}

	/**
	 * Returns the Appwrite error type of a failure.
	 * @param failure a failure
	 * @return its type, or {@code null} when Appwrite did not answer with an error
	 */
	static @Nullable String type(Throwable failure) {
		return (failure instanceof AppwriteErrorResponseException appwrite) ? appwrite.getType() : null;
	}

	/**
	 * Returns what a log line may say of a failure: its Appwrite type, or its root
	 * cause's class name (never its message, which may quote a request).
	 * @param failure a failure
	 * @return a description safe to log
	 */
	static String describe(Throwable failure) {
		String type = type(failure);
		return (type != null) ? type : AppwriteUnavailableException.rootCauseName(failure);
	}

	/**
	 * Returns the failure as the integration reports it: an
	 * {@link AppwriteUnavailableException} when Appwrite could not be asked or answered
	 * 5xx (or 429 to the API key), else the failure itself.
	 * @param failure a failure
	 * @return the failure to report
	 */
	static Throwable unavailable(Throwable failure) {
		if (failure instanceof AppwriteUnavailableException) {
			return failure;
		}
		if (failure instanceof AppwriteErrorResponseException appwrite
				&& (appwrite.getStatus() >= 500 || appwrite.getStatus() == 429)) {
			return new AppwriteUnavailableException(failure);
		}
		return AppwriteUnavailableException.isUnavailability(failure) ? new AppwriteUnavailableException(failure)
				: failure;
	}

}
