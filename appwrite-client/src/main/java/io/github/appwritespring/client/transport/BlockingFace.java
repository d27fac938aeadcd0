package io.github.appwritespring.client.transport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a reactive service ({@code ReactiveXxx}) whose blocking face ({@code Xxx}, same
 * package) is written at build time by {@code appwrite-client-processor}: one method per
 * public method of the reactive class, with the same parameters and Javadoc, waiting for
 * the reactive answer through {@link Blocking} ({@code Mono<Void>} becomes {@code void},
 * {@code Mono<T>} becomes {@code T}, {@code Flux<DataBuffer>} an {@code InputStream}, any
 * other {@code Flux<T>} a {@code Stream<T>}).
 * <p>
 * The operation named in the blocking face's errors is {@code xxx().method()}, where
 * {@code xxx} is the client's accessor: the blocking class's name with a lower-case first
 * letter unless {@link #accessor()} says otherwise.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface BlockingFace {

	/**
	 * The client's accessor for the service, e.g. {@code tablesDb}, when it is not the
	 * blocking class's name with a lower-case first letter.
	 * @return the accessor, or empty for the default
	 */
	String accessor() default "";

}
