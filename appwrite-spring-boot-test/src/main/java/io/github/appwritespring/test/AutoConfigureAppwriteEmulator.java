package io.github.appwritespring.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * Runs a {@code @SpringBootTest} against the in-JVM Appwrite emulator instead of any
 * configured Appwrite: the emulator starts with the test's application context (on a free
 * port, in memory), the admin and session clients point at it, and all its data is
 * deleted before each test method. Users listed under {@code appwrite.emulator.users} are
 * created at start and again after every reset; the running
 * {@link io.github.appwritespring.emulator.AppwriteEmulator} can be injected to seed
 * more.
 *
 * <pre>{@code
 * &#64;SpringBootTest

 * &#64;AutoConfigureAppwriteEmulator
 * class NotesTests {
 *     &#64;Autowired AppwriteClient admin;
 *
&#64;Autowired AppwriteEmulator emulator;
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@TestPropertySource(properties = { "appwrite.endpoint=", "appwrite.emulator.enabled=true", "appwrite.emulator.port=0",
		"appwrite.emulator.data-dir=" })
public @interface AutoConfigureAppwriteEmulator {

	/**
	 * Returns whether to delete all emulator data (and re-create the configured users)
	 * before each test method.
	 * @return whether to delete all emulator data (and re-create the configured users)
	 * before each test method
	 */
	boolean resetBeforeEachTest() default true;

}
