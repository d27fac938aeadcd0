package io.github.appwritespring.emulator;

import java.nio.file.Path;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The emulator's boundaries: independent of the client (so the two cannot share a
 * misunderstanding) and of Spring, public API in three packages only, and no package
 * cycles.
 */
class EmulatorArchitectureTests {

	private static final JavaClasses CLASSES = // the module's own main classes, read from
												// the build output (scanning the class
												// path is slow)
			new ClassFileImporter().importPath(Path.of("target", "classes"));

	@Test
	void dependsNeitherOnTheClientNorOnSpring() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.github.appwritespring.client..", "io.github.appwritespring.autoconfigure..",
					"org.springframework..")
			.check(CLASSES);
	}

	@Test
	void publicTypesOutsideTheInternalPackagesAreTheApi() {
		classes().that()
			.arePublic()
			.and()
			.resideOutsideOfPackage("..emulator.internal..")
			.should()
			.resideInAnyPackage("io.github.appwritespring.emulator", "io.github.appwritespring.emulator.functions",
					"io.github.appwritespring.emulator.junit", "io.github.appwritespring.emulator.mail")
			.check(CLASSES);
	}

	@Test
	void theApiDoesNotLeanOnTheInternalPackagesExceptThroughTheEmulator() {
		noClasses().that()
			.resideInAnyPackage("io.github.appwritespring.emulator.functions",
					"io.github.appwritespring.emulator.junit", "io.github.appwritespring.emulator.mail")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("..emulator.internal..")
			.check(CLASSES);
	}

	@Test
	void packagesFormNoCycles() {
		slices().matching("(**)").should().beFreeOfCycles().check(CLASSES);
	}

}
