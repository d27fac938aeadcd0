package io.github.appwritespring.sample;

import java.nio.file.Path;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import org.junit.jupiter.api.Test;

import io.github.appwritespring.sample.wordcount.EmulatorWordCountFunction;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The sample uses Appwrite only through the starter: the embedded emulator is the
 * starter's development-time support, and the one seam that registers the word-count
 * function as a JVM handler is {@link EmulatorWordCountFunction}.
 */
class SampleArchitectureTests {

	private static final JavaClasses CLASSES = // the module's own main classes, read from
												// the build output (scanning the class
												// path is slow)
			new ClassFileImporter().withImportOption(SampleArchitectureTests::notGeneratedAheadOfTime)
				.importPath(Path.of("target", "classes"));

	@Test
	void reachesTheEmulatorOnlyThroughTheWordCountSeam() {
		noClasses().that()
			.doNotBelongToAnyOf(EmulatorWordCountFunction.class)
			.should()
			.dependOnClassesThat()
			.resideInAPackage("io.github.appwritespring.emulator..")
			.check(CLASSES);
	}

	@Test
	void packagesFormNoCycles() {
		slices().matching("(**)").should().beFreeOfCycles().check(CLASSES);
	}

	/**
	 * Leaves out what spring-boot:process-aot writes into the same directory in
	 * {@code prepare-package} (bean definitions, initializer, proxy classes; found there
	 * when a build runs again without {@code clean}): generated code refers to every
	 * bean's type.
	 */
	private static boolean notGeneratedAheadOfTime(Location location) {
		return !location.contains("__") && !location.contains("$$SpringCGLIB$$");
	}

}
