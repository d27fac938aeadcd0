package io.github.appwritespring.client;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.junit.jupiter.api.Test;

import io.github.appwritespring.client.model.AppwriteFunction;
import io.github.appwritespring.client.model.Bucket;
import io.github.appwritespring.client.model.ColumnIndex;
import io.github.appwritespring.client.model.Database;
import io.github.appwritespring.client.model.File;
import io.github.appwritespring.client.model.Identity;
import io.github.appwritespring.client.model.Jwt;
import io.github.appwritespring.client.model.Log;
import io.github.appwritespring.client.model.Membership;
import io.github.appwritespring.client.model.MfaChallenge;
import io.github.appwritespring.client.model.MfaFactors;
import io.github.appwritespring.client.model.MfaRecoveryCodes;
import io.github.appwritespring.client.model.MfaType;
import io.github.appwritespring.client.model.ResourceToken;
import io.github.appwritespring.client.model.Session;
import io.github.appwritespring.client.model.Table;
import io.github.appwritespring.client.model.Target;
import io.github.appwritespring.client.model.Team;
import io.github.appwritespring.client.model.Token;
import io.github.appwritespring.client.model.User;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The models that {@link OperationWireTests} does not read back have every field of their
 * schema in Appwrite's specification too (but the ones left out on purpose).
 */
class ModelCompletenessTests {

	private static final Map<String, Class<?>> MODELS = Map.ofEntries(Map.entry("user", User.class),
			Map.entry("session", Session.class), Map.entry("token", Token.class), Map.entry("jwt", Jwt.class),
			Map.entry("membership", Membership.class), Map.entry("team", Team.class), Map.entry("log", Log.class),
			Map.entry("identity", Identity.class), Map.entry("target", Target.class),
			Map.entry("mfaType", MfaType.class), Map.entry("mfaChallenge", MfaChallenge.class),
			Map.entry("mfaRecoveryCodes", MfaRecoveryCodes.class), Map.entry("mfaFactors", MfaFactors.class),
			Map.entry("database", Database.class), Map.entry("table", Table.class),
			Map.entry("columnIndex", ColumnIndex.class), Map.entry("file", File.class),
			Map.entry("bucket", Bucket.class), Map.entry("resourceToken", ResourceToken.class),
			Map.entry("function", AppwriteFunction.class));

	/** Fields left out on purpose, and why. */
	private static final Map<String, List<String>> LEFT_OUT = Map.of("user",
			List.of("password", "hash", "hashOptions")); // a password hash has no use in
															// an application

	@Test
	void everyModelHasEveryFieldOfItsSchema() {
		Map<String, List<String>> missing = new TreeMap<>();
		MODELS.forEach((schema, type) -> {
			List<String> fields = new ArrayList<>();
			for (RecordComponent component : type.getRecordComponents()) {
				JsonProperty named = component.getAccessor().getAnnotation(JsonProperty.class);
				fields.add((named != null) ? named.value() : component.getName());
			}
			List<String> lacking = new ArrayList<>(SpecExamples.example(schema).propertyNames());
			lacking.removeAll(fields);
			lacking.removeAll(LEFT_OUT.getOrDefault(schema, List.of()));
			if (!lacking.isEmpty()) {
				missing.put(type.getSimpleName(), lacking);
			}
		});
		assertThat(missing).as("fields of Appwrite's answers the models lack").isEmpty();
	}

}
