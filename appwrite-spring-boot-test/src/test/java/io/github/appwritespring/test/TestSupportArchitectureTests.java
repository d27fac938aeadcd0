package io.github.appwritespring.test;

import java.nio.file.Path;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The test support uses the emulator through its public API only.
 */
class TestSupportArchitectureTests {

	private static final JavaClasses CLASSES = // the module's own main classes, read from
												// the build output (scanning the class
												// path is slow)
			new ClassFileImporter().importPath(Path.of("target", "classes"));

	@Test
	void usesOnlyTheEmulatorsApi() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.github.appwritespring.emulator.internal..",
					"io.github.appwritespring.autoconfigure.security.internal..")
			.check(CLASSES);
	}

}
