package io.github.appwritespring.autoconfigure;

import java.nio.file.Path;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The auto-configuration's boundaries: no package cycles, the emulator reached only by
 * the development-time support, and the two web stacks apart from each other.
 */
class AutoConfigureArchitectureTests {

	private static final JavaClasses CLASSES = // the module's own main classes, read from
												// the build output (scanning the class
												// path is slow)
			new ClassFileImporter().importPath(Path.of("target", "classes"));

	@Test
	void packagesFormNoCycles() {
		slices().matching("(**)").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void onlyTheDevelopmentTimeSupportReachesTheEmulator() {
		noClasses().that()
			.resideOutsideOfPackage("io.github.appwritespring.autoconfigure.emulator")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("io.github.appwritespring.emulator..")
			.check(CLASSES);
	}

	@Test
	void theServletStackDoesNotUseTheReactiveOne() {
		noClasses().that()
			.resideInAPackage("..servlet..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("..reactive..")
			.check(CLASSES);
	}

	@Test
	void theReactiveStackDoesNotUseTheServletOne() {
		noClasses().that()
			.resideInAPackage("..reactive..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("..servlet..")
			.check(CLASSES);
	}

	@Test
	void theSharedSecurityCodeUsesNeitherStack() {
		noClasses().that()
			.resideInAnyPackage("io.github.appwritespring.autoconfigure.security",
					"io.github.appwritespring.autoconfigure.security.account",
					"io.github.appwritespring.autoconfigure.security.pages",
					"io.github.appwritespring.autoconfigure.security.internal",
					"io.github.appwritespring.autoconfigure.security.throttle",
					"io.github.appwritespring.autoconfigure.security.events")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..servlet..", "..reactive..")
			.check(CLASSES);
	}

}
