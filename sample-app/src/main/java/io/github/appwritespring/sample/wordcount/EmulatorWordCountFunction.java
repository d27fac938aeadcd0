package io.github.appwritespring.sample.wordcount;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.stereotype.Component;

import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.emulator.functions.FunctionResponse;
import io.github.appwritespring.sample.SampleProperties;

/**
 * On the embedded emulator, registers the word-count function as a JVM handler (the
 * emulator's stand-in for a deployment). On a real Appwrite there is no emulator bean and
 * this does nothing: deploy a function with the ID {@code sample.word-count-function-id}
 * there (see the README).
 */
@Component
@ConditionalOnClass(AppwriteEmulator.class)
public class EmulatorWordCountFunction implements SmartInitializingSingleton {

	private final ObjectProvider<AppwriteEmulator> emulator;

	private final SampleProperties properties;

	/**
	 * Creates a new {@code EmulatorWordCountFunction}.
	 * @param emulator the embedded emulator, when it runs
	 * @param properties the function's ID
	 */
	public EmulatorWordCountFunction(ObjectProvider<AppwriteEmulator> emulator, SampleProperties properties) {
		this.emulator = emulator;
		this.properties = properties;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.emulator.ifAvailable((running) -> running.registerFunction(this.properties.wordCountFunctionId(),
				(request) -> FunctionResponse.json("{\"words\":" + WordCounter.count(request.body()) + "}")));
	}

}
