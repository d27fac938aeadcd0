package io.github.appwritespring.emulator.junit;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import io.github.appwritespring.emulator.AppwriteEmulator;

/**
 * Starts one {@link AppwriteEmulator} per test class, resets it before each test and
 * injects it as a test or lifecycle method parameter. Nested test classes share their
 * outer class's emulator.
 *
 * <pre>{@code
 * &#64;ExtendWith(AppwriteEmulatorExtension.class)
 * class MyTest {

 *     &#64;Test void works(AppwriteEmulator emulator) { ... emulator.endpoint() ... }
 * }
 *
 * class MyOtherTest {
 *
&#64;RegisterExtension
 *     static AppwriteEmulatorExtension appwrite = new AppwriteEmulatorExtension(() -> AppwriteEmulator.builder().projectId("demo"));
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class AppwriteEmulatorExtension
		implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {

	private final Supplier<AppwriteEmulator.Builder> builder;

	private volatile @Nullable AppwriteEmulator emulator;

	private volatile @Nullable ExtensionContext owner;

	/** An extension with the default settings (used by {@code @ExtendWith}). */
	public AppwriteEmulatorExtension() {
		this(AppwriteEmulator::builder);
	}

	/**
	 * An extension whose emulator is built by {@code builder} (for
	 * {@code @RegisterExtension}).
	 */
	public AppwriteEmulatorExtension(Supplier<AppwriteEmulator.Builder> builder) {
		this.builder = builder;
	}

	/** The running emulator (between before-all and after-all). */
	public AppwriteEmulator emulator() {
		AppwriteEmulator running = this.emulator;
		if (running == null) {
			throw new IllegalStateException("The Appwrite emulator runs only while the test class runs");
		}
		return running;
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		if (this.emulator == null) {
			this.emulator = this.builder.get().start();
			this.owner = context;
		}
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (context == this.owner) {
			AppwriteEmulator running = this.emulator;
			this.emulator = null;
			this.owner = null;
			if (running != null) {
				running.close();
			}
		}
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		emulator().reset();
	}

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.getParameter().getType() == AppwriteEmulator.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return emulator();
	}

}
