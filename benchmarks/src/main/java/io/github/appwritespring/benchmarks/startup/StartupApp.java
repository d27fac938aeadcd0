package io.github.appwritespring.benchmarks.startup;

import java.lang.management.ManagementFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A small Spring MVC application, started once per JVM by {@link StartupComparison}: it prints how long the JVM
 * took from its start to Spring's "ready" event, then exits.
 */
@SpringBootApplication
public class StartupApp {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(StartupApp.class);
		application.addListeners((ApplicationReadyEvent event) -> {
			long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
			System.out.println("READY_MS=" + millis);
		});
		ConfigurableApplicationContext context = application.run(args);
		context.close();
	}

}
