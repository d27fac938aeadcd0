package io.github.appwritespring.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.appwritespring.emulator.internal.account.OAuth2Routes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration metadata IDEs read from our jar: what
 * spring-boot-configuration-processor generates from the {@code @ConfigurationProperties}
 * classes, merged with {@code META-INF/additional-spring-configuration-metadata.json}
 * (value hints for the closed sets, and the health indicator's switch). Read from the
 * class path as an IDE reads it from the jar, so it is the merged file that is checked,
 * not our source.
 */
class ConfigurationMetadataTests {

	private static final String METADATA = "META-INF/spring-configuration-metadata.json";

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	@Test
	void everyHintIsForAPropertyOfTheMetadata() {
		JsonNode metadata = metadata();
		Set<String> properties = names(metadata.path("properties"));
		List<String> hints = new ArrayList<>(names(metadata.path("hints")));
		assertThat(hints).contains("appwrite.security.oauth2.providers", "appwrite.session-cookie.same-site",
				"appwrite.security.throttle.store", "appwrite.emulator.enabled");
		for (String hint : hints) {
			// a hint on a Map property is named <property>.keys or <property>.values
			String property = hint.replaceFirst("\\.(keys|values)$", "");
			assertThat(properties).as("the property hinted as %s", hint).contains(property);
		}
		for (JsonNode hint : metadata.path("hints")) {
			for (JsonNode value : hint.path("values")) {
				assertThat(value.path("description").asString(""))
					.as("%s = %s", hint.path("name").asString(), value.path("value").asString())
					.isNotBlank();
			}
		}
	}

	@Test
	void everyEnumPropertyIsHintedWithAllItsConstants() throws ClassNotFoundException {
		JsonNode metadata = metadata();
		int enums = 0;
		for (JsonNode property : metadata.path("properties")) {
			String type = property.path("type").asString("");
			if (!type.startsWith("io.github.appwritespring.")) {
				continue;
			}
			Class<?> javaType = Class.forName(type);
			if (!javaType.isEnum()) {
				continue;
			}
			enums++;
			String name = property.path("name").asString();
			Set<String> constants = new LinkedHashSet<>();
			for (Object constant : javaType.getEnumConstants()) {
				constants.add(((Enum<?>) constant).name().toLowerCase(Locale.ROOT).replace('_', '-'));
			}
			assertThat(hintValues(metadata, name)).as("the hint of %s", name).containsExactlyElementsOf(constants);
		}
		assertThat(enums).isEqualTo(4);
	}

	@Test
	void oauth2ProvidersAreAppwritesAndOthersStayAllowed() {
		JsonNode metadata = metadata();
		String name = "appwrite.security.oauth2.providers";
		// the emulator serves exactly the providers of Appwrite 1.8's OpenAPI spec
		// (createOAuth2Token's provider enum)
		assertThat(hintValues(metadata, name)).containsExactlyElementsOf(OAuth2Routes.PROVIDERS);
		// a provider a later Appwrite adds is not flagged as an error
		assertThat(names(hint(metadata, name).path("providers"))).containsExactly("any");
	}

	@Test
	void healthIndicatorSwitchIsDescribed() {
		JsonNode property = null;
		for (JsonNode candidate : metadata().path("properties")) {
			if (candidate.path("name").asString().equals("management.health.appwrite.enabled")) {
				property = candidate;
			}
		}
		assertThat(property).isNotNull();
		assertThat(property.path("type").asString()).isEqualTo("java.lang.Boolean");
		assertThat(property.path("defaultValue").asBoolean(false)).isTrue();
	}

	private static JsonNode metadata() {
		// every jar of Spring Boot has a file of that name: ours is the one with
		// appwrite.*
		List<JsonNode> ours = new ArrayList<>();
		try {
			for (URL url : Collections.list(ConfigurationMetadataTests.class.getClassLoader().getResources(METADATA))) {
				try (InputStream in = url.openStream()) {
					JsonNode metadata = MAPPER.readTree(in);
					if (names(metadata.path("properties")).contains("appwrite.endpoint")) {
						ours.add(metadata);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		assertThat(ours).as("class path resources " + METADATA + " declaring appwrite.endpoint").hasSize(1);
		return ours.get(0);
	}

	private static Set<String> names(JsonNode items) {
		Set<String> names = new LinkedHashSet<>();
		items.forEach((item) -> names.add(item.path("name").asString()));
		return names;
	}

	private static JsonNode hint(JsonNode metadata, String name) {
		for (JsonNode hint : metadata.path("hints")) {
			if (hint.path("name").asString().equals(name)) {
				return hint;
			}
		}
		// the processor merges the additional file only when it compiles
		throw new AssertionError("No hint for " + name + " in " + names(metadata.path("hints"))
				+ " (after a change to the additional metadata alone, build with clean)");
	}

	private static List<String> hintValues(JsonNode metadata, String name) {
		List<String> values = new ArrayList<>();
		hint(metadata, name).path("values").forEach((value) -> values.add(value.path("value").asString()));
		return values;
	}

}
