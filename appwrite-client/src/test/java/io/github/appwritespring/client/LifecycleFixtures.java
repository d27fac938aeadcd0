package io.github.appwritespring.client;

/**
 * Appwrite 1.8 answers of the account-lifecycle routes (MFA, logs, identities, targets),
 * shaped as the 1.8 spec's models.
 */
final class LifecycleFixtures {

	static final String TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

	static final String MFA_TYPE = "{\"secret\":\"" + TOTP_SECRET
			+ "\",\"uri\":\"otpauth://totp/Proj%3Aalice%40example.com" + "?issuer=Proj&secret=" + TOTP_SECRET + "\"}";

	static final String MFA_FACTORS = "{\"totp\":true,\"phone\":false,\"email\":true,\"recoveryCode\":true}";

	static final String MFA_CHALLENGE = """
			{"$id":"ch1","$createdAt":"2025-01-01T10:00:00.000+00:00","userId":"alice",
			"expire":"2025-01-01T11:00:00.000+00:00"}""";

	static final String RECOVERY_CODES = "{\"recoveryCodes\":[\"a1b2c3d4e5\",\"f6a7b8c9d0\",\"0123456789\","
			+ "\"abcdef0123\",\"456789abcd\",\"ef01234567\"]}";

	static final String LOG = """
			{"event":"session.create","userId":"alice","userEmail":"alice@example.com","userName":"Alice",
			"mode":"default","ip":"127.0.0.1","time":"2025-01-01T10:00:00.000+00:00","osCode":"LIN",
			"osName":"GNU/Linux","osVersion":"","clientType":"browser","clientCode":"CH","clientName":"Chrome",
			"clientVersion":"120.0","clientEngine":"Blink","clientEngineVersion":"120.0","deviceName":"desktop",
			"deviceBrand":"","deviceModel":"","countryCode":"--","countryName":"Unknown"}""";

	static final String LOG_LIST = "{\"total\":1,\"logs\":[" + LOG + "]}";

	static final String IDENTITY = """
			{"$id":"id1","$createdAt":"2025-01-01T10:00:00.000+00:00","$updatedAt":"2025-01-01T10:00:00.000+00:00",
			"userId":"alice","provider":"github","providerUid":"12345","providerEmail":"alice@example.com",
			"providerAccessToken":"gho_identity_access","providerAccessTokenExpiry":"2025-01-01T18:00:00.000+00:00",
			"providerRefreshToken":"ghr_identity_refresh"}""";

	static final String IDENTITY_LIST = "{\"total\":1,\"identities\":[" + IDENTITY + "]}";

	static final String TARGET = """
			{"$id":"tg1","$createdAt":"2025-01-01T10:00:00.000+00:00","$updatedAt":"2025-01-01T10:00:00.000+00:00",
			"name":"Pixel","userId":"alice","providerId":"fcm","providerType":"push","identifier":"push-token-1",
			"expired":false}""";

	static final String TARGET_LIST = "{\"total\":1,\"targets\":[" + TARGET + "]}";

	private LifecycleFixtures() {
	}

}
