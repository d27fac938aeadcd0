package io.github.appwritespring.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * A server-rendered notes app on the Appwrite starter. Without {@code appwrite.endpoint}
 * it runs on the embedded emulator; with {@code APPWRITE_ENDPOINT},
 * {@code APPWRITE_PROJECT_ID} and {@code APPWRITE_API_KEY} on a real Appwrite 1.8+.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SampleApplication {

	/**
	 * Starts the sample app.
	 * @param args command line arguments, passed to Spring Boot
	 */
	public static void main(String[] args) {
		SpringApplication.run(SampleApplication.class, args);
	}

}
