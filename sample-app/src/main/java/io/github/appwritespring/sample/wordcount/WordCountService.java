package io.github.appwritespring.sample.wordcount;

import java.util.Map;

import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.appwritespring.autoconfigure.AppwriteSessionClient;
import io.github.appwritespring.client.model.Execution;
import io.github.appwritespring.sample.SampleProperties;

/**
 * Counts a note's words with an Appwrite function execution, as the signed-in user.
 */
@Service
public class WordCountService {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final AppwriteSessionClient me;

	private final SampleProperties properties;

	/**
	 * Creates a new {@code WordCountService}.
	 * @param me the current request's session client (a request-scoped proxy)
	 * @param properties the function's ID
	 */
	public WordCountService(AppwriteSessionClient me, SampleProperties properties) {
		this.me = me;
		this.properties = properties;
	}

	/**
	 * Returns its number of words, as the function answered.
	 * @param text the text to count
	 * @return its number of words, as the function answered
	 * @throws IllegalStateException when the execution failed or answered something else
	 * than {@code {"words":N}}
	 */
	public int count(String text) {
		Execution execution = this.me.functions()
			.createExecution(this.properties.wordCountFunctionId(), text, false, "/", "POST",
					Map.of("content-type", "text/plain"));
		JsonNode words = ("completed".equals(execution.status()) && execution.responseStatusCode() == 200)
				? JSON.readTree(execution.responseBody()).path("words") : null;
		if (words == null || !words.isIntegralNumber()) {
			throw new IllegalStateException("The " + this.properties.wordCountFunctionId() + " function failed ("
					+ execution.status() + ", status " + execution.responseStatusCode() + ")");
		}
		return words.asInt();
	}

}
