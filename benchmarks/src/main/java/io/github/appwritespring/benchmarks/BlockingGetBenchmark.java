package io.github.appwritespring.benchmarks;

import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.model.User;

/**
 * Throughput of the blocking {@code account().get()} as a session user against a loopback
 * server, and the floor: a bare shared {@link WebClient} GET of the same JSON in the same
 * run.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(4)
@Fork(1)
@State(Scope.Benchmark)
public class BlockingGetBenchmark {

	private LoopbackJsonServer server;

	private AppwriteClient admin;

	private WebClient bare;

	@Setup
	public void setUp() {
		this.server = new LoopbackJsonServer(LoopbackJsonServer.USER_JSON);
		this.admin = AppwriteClient.builder().endpoint(this.server.endpoint()).projectId("bench").build();
		this.bare = WebClient.create(this.server.endpoint());
	}

	@TearDown
	public void tearDown() {
		this.admin.close();
		this.server.close();
	}

	/**
	 * Returns the floor: a bare WebClient GET of the JSON as a string.
	 * @return the floor: a bare WebClient GET of the JSON as a string
	 */
	@Benchmark
	public @Nullable String bareWebClientGet() {
		return this.bare.get()
			.uri("/account")
			.header("X-Appwrite-Session", "s")
			.retrieve()
			.bodyToMono(String.class)
			.block();
	}

	/**
	 * Returns the user, through a fresh session view and the blocking face.
	 * @return the user, through a fresh session view and the blocking face
	 */
	@Benchmark
	public User accountGet() {
		return this.admin.withSession("s").account().get();
	}

}
