package io.github.appwritespring.client;

import java.nio.file.Path;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The client's boundaries: no Spring Boot and no emulator, and layers below the entry
 * points. {@link AppwriteClient} and {@link ReactiveAppwriteClient} hand out the
 * services, and the services and transport use the value types beside them (queries, IDs,
 * permissions, roles, files, errors), as Appwrite's own SDKs lay them out; nothing else
 * goes upwards.
 */
class ClientArchitectureTests {

	private static final JavaClasses CLASSES = // the module's own main classes, read from
												// the build output (scanning the class
												// path is slow)
			new ClassFileImporter().importPath(Path.of("target", "classes"));

	@Test
	void dependsNeitherOnSpringBootNorOnTheEmulator() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.boot..", "io.github.appwritespring.emulator..",
					"io.github.appwritespring.autoconfigure..")
			.check(CLASSES);
	}

	@Test
	void packagesBelowTheEntryPointsFormNoCycles() {
		slices().matching("io.github.appwritespring.client.(**)").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void onlyTheEntryPointsReachServicesAndTransport() {
		noClasses().that()
			.resideInAPackage("io.github.appwritespring.client")
			.and()
			.doNotBelongToAnyOf(AppwriteClient.class, ReactiveAppwriteClient.class)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..client.service..", "..client.transport..")
			.check(CLASSES);
	}

	@Test
	void modelsAreOnlyData() {
		noClasses().that()
			.resideInAPackage("..client.model..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..client.service..", "..client.transport..")
			.check(CLASSES);
	}

}
