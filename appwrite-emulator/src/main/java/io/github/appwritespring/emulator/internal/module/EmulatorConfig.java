package io.github.appwritespring.emulator.internal.module;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The settings of one emulator, fixed at start. Built by
 * {@code AppwriteEmulator.Builder}.
 *
 * @param host the interface to bind, {@code 127.0.0.1} by default
 * @param port the port, 0 for a free one
 * @param projectId the only project served
 * @param apiKey the API key that grants every scope (never logged)
 * @param dataDir where data is persisted, or null to keep it in memory
 * @param fsync force every journal write to disk
 * @param sessionLength lifetime of new sessions (Appwrite's default: 1 year)
 * @param maxSessionsPerUser sessions kept per user; the oldest are deleted beyond it
 * (default 10)
 * @param rateLimits whether Appwrite's rate limits apply to non-key callers
 * @param allowedRedirectHosts host names accepted in OAuth2
 * {@code success}/{@code failure} URLs besides {@code localhost}, {@code 127.0.0.1} and
 * the emulator's own host
 * @param threads worker threads of the HTTP server
 */
public record EmulatorConfig(String host, int port, String projectId, String apiKey, @Nullable Path dataDir,
		boolean fsync, Duration sessionLength, int maxSessionsPerUser, boolean rateLimits,
		Set<String> allowedRedirectHosts, int threads) {

	public EmulatorConfig {
		allowedRedirectHosts = Set.copyOf(allowedRedirectHosts);
	}

	@Override
	public String toString() {
		return "EmulatorConfig[host=" + this.host + ", port=" + this.port + ", projectId=" + this.projectId
				+ ", apiKey=<hidden>, dataDir=" + this.dataDir + ", fsync=" + this.fsync + ", sessionLength="
				+ this.sessionLength + ", maxSessionsPerUser=" + this.maxSessionsPerUser + ", rateLimits="
				+ this.rateLimits + ", allowedRedirectHosts=" + this.allowedRedirectHosts + ", threads=" + this.threads
				+ "]";
	}
}
