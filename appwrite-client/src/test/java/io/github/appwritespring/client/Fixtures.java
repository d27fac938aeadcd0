package io.github.appwritespring.client;

/**
 * Appwrite JSON answers used by the wire tests, shaped as in Appwrite 1.8.
 */
final class Fixtures {

	static final String USER = """
			{"$id":"alice","$createdAt":"2025-01-01T10:00:00.000+00:00","$updatedAt":"2025-01-01T10:00:00.000+00:00",
			"name":"Alice","registration":"2025-01-01T10:00:00.000+00:00","status":true,"labels":["admin"],
			"passwordUpdate":"","email":"alice@example.com","phone":"","emailVerification":true,
			"phoneVerification":false,"mfa":false,"prefs":{"theme":"dark"},"targets":[],
			"accessedAt":"2025-01-01T10:00:00.000+00:00","someFutureField":42}""";

	static final String SESSION = """
			{"$id":"s1","$createdAt":"2025-01-01T10:00:00.000+00:00","$updatedAt":"2025-01-01T10:00:00.000+00:00",
			"userId":"alice","expire":"2026-01-01T10:00:00.000+00:00","provider":"email",
			"providerUid":"alice@example.com","providerAccessToken":"","ip":"127.0.0.1","osName":"Linux",
			"clientType":"browser","clientName":"Chrome","deviceName":"desktop","countryCode":"--",
			"countryName":"Unknown","current":true,"factors":["password"],"secret":"c2VjcmV0LXZhbHVl","mfaUpdatedAt":""}""";

	static final String TOKEN = """
			{"$id":"tok1","$createdAt":"2025-01-01T10:00:00.000+00:00","userId":"alice","secret":"654321",
			"expire":"2025-01-01T10:15:00.000+00:00","phrase":""}""";

	static final String JWT = "{\"jwt\":\"eyJhbGciOiJIUzI1NiJ9.eyJ1c2VySWQiOiJhbGljZSJ9.sig\"}";

	static final String MEMBERSHIP = """
			{"$id":"m1","$createdAt":"2025-01-01T10:00:00.000+00:00","$updatedAt":"2025-01-01T10:00:00.000+00:00",
			"userId":"alice","userName":"Alice","userEmail":"alice@example.com","teamId":"t1","teamName":"Team",
			"invited":"2025-01-01T10:00:00.000+00:00","joined":"","confirm":true,"mfa":false,"roles":["owner"]}""";

	private Fixtures() {
	}

	static String error(int code, String type, String message) {
		return "{\"message\":\"" + message + "\",\"code\":" + code + ",\"type\":\"" + type
				+ "\",\"version\":\"1.8.1\"}";
	}

	static String sessionList(int total) {
		return "{\"total\":" + total + ",\"sessions\":[" + SESSION + "]}";
	}

	static String userList(int total, String... ids) {
		StringBuilder users = new StringBuilder();
		for (String id : ids) {
			if (users.length() > 0) {
				users.append(',');
			}
			users.append(USER.replace("\"$id\":\"alice\"", "\"$id\":\"" + id + "\""));
		}
		return "{\"total\":" + total + ",\"users\":[" + users + "]}";
	}

}
