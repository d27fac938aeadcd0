package io.github.appwritespring.client.model;

/**
 * How a framework is built and served.
 *
 * @param key adapter key
 * @param installCommand default command to download dependencies
 * @param buildCommand default command to build site into output directory
 * @param outputDirectory default output directory of build
 * @param fallbackFile name of fallback file to use instead of 404 page. If null, Appwrite
 * 404 page will be displayed
 * @since 0.1.0
 */
public record FrameworkAdapter(String key, String installCommand, String buildCommand, String outputDirectory,
		String fallbackFile) {
}
