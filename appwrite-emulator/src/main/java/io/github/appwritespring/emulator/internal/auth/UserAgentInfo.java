package io.github.appwritespring.emulator.internal.auth;

import java.util.Locale;

import tools.jackson.databind.node.ObjectNode;

/**
 * Fills the Session model's device fields from a {@code User-Agent}: a light guess at the
 * common browsers and systems (Appwrite uses a full parser; the fields are
 * informational).
 */
public final class UserAgentInfo {

	private UserAgentInfo() {
	}

	public static void describe(String userAgent, ObjectNode session) {
		String ua = userAgent.toLowerCase(Locale.ROOT);
		String osName = ua.contains("windows") ? "Windows"
				: ua.contains("android") ? "Android" : (ua.contains("iphone") || ua.contains("ipad")) ? "iOS"
						: ua.contains("mac os") ? "Mac" : ua.contains("linux") ? "GNU/Linux" : "";
		String osCode = switch (osName) {
			case "Windows" -> "WIN";
			case "Android" -> "AND";
			case "iOS" -> "IOS";
			case "Mac" -> "MAC";
			case "GNU/Linux" -> "LIN";
			default -> "";
		};
		String clientName;
		String clientCode;
		if (ua.contains("edg/")) {
			clientName = "Microsoft Edge";
			clientCode = "PS";
		}
		else if (ua.contains("chrome/")) {
			clientName = "Chrome";
			clientCode = "CH";
		}
		else if (ua.contains("firefox/")) {
			clientName = "Firefox";
			clientCode = "FF";
		}
		else if (ua.contains("safari/")) {
			clientName = "Safari";
			clientCode = "SF";
		}
		else {
			clientName = "";
			clientCode = "";
		}
		session.put("osCode", osCode);
		session.put("osName", osName);
		session.put("osVersion", "");
		session.put("clientType", clientName.isEmpty() ? "" : "browser");
		session.put("clientCode", clientCode);
		session.put("clientName", clientName);
		session.put("clientVersion", "");
		session.put("clientEngine", "");
		session.put("clientEngineVersion", "");
		session.put("deviceName", clientName.isEmpty() ? "" : ua.contains("mobile") ? "smartphone" : "desktop");
		session.put("deviceBrand", "");
		session.put("deviceModel", "");
	}

}
