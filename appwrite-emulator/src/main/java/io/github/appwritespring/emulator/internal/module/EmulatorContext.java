package io.github.appwritespring.emulator.internal.module;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import io.github.appwritespring.emulator.internal.auth.CallerResolver;
import io.github.appwritespring.emulator.internal.auth.JwtCodec;
import io.github.appwritespring.emulator.internal.store.BlobStore;
import io.github.appwritespring.emulator.internal.store.DocumentStore;

/**
 * What route modules share: settings, the document store, the blob store, the clock,
 * caller resolution and the JWT codec, plus a registry of shared services and reset
 * hooks.
 */
public final class EmulatorContext {

	private final EmulatorConfig config;

	private final DocumentStore store;

	private final BlobStore blobs;

	private final Clock clock;

	private final CallerResolver callers;

	private final JwtCodec jwt;

	private final Map<Class<?>, Object> services = new ConcurrentHashMap<>();

	private final List<Runnable> resetHooks = new CopyOnWriteArrayList<>();

	private final List<Runnable> closeHooks = new CopyOnWriteArrayList<>();

	private volatile String endpoint = "";

	/** Creates the context; the emulator sets the endpoint once the server is bound. */
	public EmulatorContext(EmulatorConfig config, DocumentStore store, BlobStore blobs, Clock clock,
			CallerResolver callers, JwtCodec jwt) {
		this.config = config;
		this.store = store;
		this.blobs = blobs;
		this.clock = clock;
		this.callers = callers;
		this.jwt = jwt;
	}

	/** The settings. */
	public EmulatorConfig config() {
		return this.config;
	}

	/** The project ID served. */
	public String projectId() {
		return this.config.projectId();
	}

	/** The document store. */
	public DocumentStore store() {
		return this.store;
	}

	/** The blob store for file contents. */
	public BlobStore blobs() {
		return this.blobs;
	}

	/** The clock (UTC). */
	public Clock clock() {
		return this.clock;
	}

	/** The current instant of {@link #clock()}. */
	public Instant now() {
		return this.clock.instant();
	}

	/** Caller resolution (also useful to look sessions up). */
	public CallerResolver callers() {
		return this.callers;
	}

	/** The JWT codec for {@code X-Appwrite-JWT}. */
	public JwtCodec jwt() {
		return this.jwt;
	}

	/**
	 * The API endpoint, e.g. {@code http://127.0.0.1:8080/v1} (known once the server is
	 * bound).
	 */
	public String endpoint() {
		return this.endpoint;
	}

	/** Sets the endpoint; called by the emulator after binding. */
	public void endpoint(String endpoint) {
		this.endpoint = endpoint;
	}

	/**
	 * A service shared between modules and the public API, created on first use, one per
	 * emulator (e.g. a function registry:
	 * {@code context.service(FunctionRegistry.class, FunctionRegistry::new)}).
	 */
	public <T> T service(Class<T> type, Supplier<T> factory) {
		return type.cast(this.services.computeIfAbsent(type, (t) -> factory.get()));
	}

	/**
	 * Registers code run by {@code reset()} after the stores are cleared (e.g. clear
	 * rate-limit counters).
	 */
	public void onReset(Runnable hook) {
		this.resetHooks.add(hook);
	}

	/** Runs the reset hooks; called by the emulator. */
	public void runResetHooks() {
		this.resetHooks.forEach(Runnable::run);
	}

	/**
	 * Registers code run when the emulator closes, before the store is closed (e.g. stop
	 * a module's background thread).
	 */
	public void onClose(Runnable hook) {
		this.closeHooks.add(hook);
	}

	/** Runs the close hooks; called by the emulator. */
	public void runCloseHooks() {
		this.closeHooks.forEach(Runnable::run);
	}

}
