package io.github.appwritespring.benchmarks;

import java.util.concurrent.TimeUnit;

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
import org.openjdk.jmh.annotations.Warmup;

import io.github.appwritespring.client.AppwriteClient;

/**
 * Cost of a per-user view: {@code admin.withSession(secret)} and a service on it, against
 * the floor of allocating one small object in the same run. Run with {@code -prof gc} for
 * bytes per operation.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class SessionViewBenchmark {

	private AppwriteClient admin;

	private String secret;

	@Setup
	public void setUp() {
		this.admin = AppwriteClient.builder()
			.endpoint("http://127.0.0.1:1/v1")
			.projectId("bench")
			.apiKey("standard_" + "0".repeat(256))
			.build();
		this.secret = "eyJpZCI6ImFsaWNlIiwic2VjcmV0IjoiMDEyMzQ1Njc4OWFiY2RlZiJ9";
	}

	@TearDown
	public void tearDown() {
		this.admin.close();
	}

	/**
	 * Returns the floor: one object holding the secret.
	 * @return the floor: one object holding the secret
	 */
	@Benchmark
	public Object floorOneObject() {
		return new Object[] { this.secret };
	}

	/**
	 * Returns a session view of the admin client.
	 * @return a session view of the admin client
	 */
	@Benchmark
	public AppwriteClient sessionView() {
		return this.admin.withSession(this.secret);
	}

	/**
	 * Returns a session view with the end user's user agent, ready to call the Account
	 * service.
	 * @return a session view with the end user's user agent, ready to call the Account
	 * service
	 */
	@Benchmark
	public Object sessionViewReadyForAccount() {
		return this.admin.withSession(this.secret).withForwardedUserAgent("Mozilla/5.0").account();
	}

}
