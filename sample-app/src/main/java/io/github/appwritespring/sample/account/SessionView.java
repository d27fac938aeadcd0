package io.github.appwritespring.sample.account;

import io.github.appwritespring.client.model.Session;

/**
 * One session as the account page lists it.
 *
 * @param id the session's ID
 * @param device the device and operating system, e.g. {@code desktop, Linux}
 * @param browser the browser and its version, e.g. {@code Chrome 131.0}
 * @param country the country Appwrite places the address in, or {@code Unknown}
 * @param ip the client address Appwrite saw
 * @param createdAt when it was made, {@code 2025-01-01 10:00}
 * @param current whether it is this browser's
 */
public record SessionView(String id, String device, String browser, String country, String ip, String createdAt,
		boolean current) {

	/**
	 * Returns the view of a session.
	 * @param session a session as Appwrite lists it
	 * @return the view
	 */
	public static SessionView of(Session session) {
		return new SessionView(session.id(), join(session.deviceName(), session.osName()),
				join(session.clientName(), session.clientVersion()), orUnknown(session.countryName()),
				orUnknown(session.ip()), shortDate(session.createdAt()), session.current());
	}

	private static String join(String first, String second) {
		String joined = (blank(first) ? "" : first) + ((blank(first) || blank(second)) ? "" : ", ")
				+ (blank(second) ? "" : second);
		return joined.isEmpty() ? "Unknown" : joined;
	}

	private static String orUnknown(String value) {
		return blank(value) ? "Unknown" : value;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String shortDate(String instant) {
		return (instant != null && instant.length() >= 16) ? instant.substring(0, 16).replace('T', ' ') : "";
	}

}
