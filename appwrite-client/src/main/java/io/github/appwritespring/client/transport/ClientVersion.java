package io.github.appwritespring.client.transport;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * This client's name and version, as sent in {@code User-Agent} and the {@code X-SDK-*}
 * headers. The version comes from a resource the build writes.
 */
final class ClientVersion {

	static final String SDK_NAME = "Appwrite Spring Java";

	/** The resource the build writes the version into, next to this class. */
	static final String RESOURCE = "appwrite-client.properties";

	private static final String VERSION = readVersion();

	private static final String USER_AGENT = "AppwriteSpringJava/" + VERSION + " (" + System.getProperty("os.name")
			+ "; Java " + System.getProperty("java.version") + ")";

	private ClientVersion() {
	}

	static String version() {
		return VERSION;
	}

	static String userAgent() {
		return USER_AGENT;
	}

	private static String readVersion() {
		try (InputStream in = ClientVersion.class.getResourceAsStream(RESOURCE)) {
			if (in != null) {
				Properties properties = new Properties();
				properties.load(in);
				String version = properties.getProperty("version");
				if (version != null && !version.isBlank() && !version.startsWith("${")) {
					return version;
				}
			}
		}
		catch (IOException ex) {
			// fall back below
		}
		return "unknown";
	}

}
