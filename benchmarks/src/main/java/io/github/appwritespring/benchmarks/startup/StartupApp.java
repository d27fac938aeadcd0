package io.github.appwritespring.benchmarks.startup;

import java.lang.management.ManagementFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A small Spring MVC application, started once per JVM by {@link StartupComparison}: it
 * prints how long the JVM took from its start to a running application, then exits.
 */
@SpringBootApplication
public class StartupApp {

	public static void main(String[] args) {
		ConfigurableApplicationContext context = SpringApplication.run(StartupApp.class, args);
		long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
		System.out.println("READY_MS=" + millis + " appwriteBeans="
				+ context.getBeanNamesForType(io.github.appwritespring.client.AppwriteClient.class).length);
		context.close();
	}

}
