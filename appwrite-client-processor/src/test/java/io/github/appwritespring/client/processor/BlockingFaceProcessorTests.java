package io.github.appwritespring.client.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the processor in javac on a small reactive service, against stand-ins for Reactor,
 * Spring's {@code DataBuffer}, JSpecify and the client's transport, and reads what it
 * writes.
 */
class BlockingFaceProcessorTests {

	private static final Map<String, String> STAND_INS = Map.of("reactor.core.publisher.Mono",
			"package reactor.core.publisher; public abstract class Mono<T> { }", "reactor.core.publisher.Flux",
			"package reactor.core.publisher; public abstract class Flux<T> { }",
			"org.springframework.core.io.buffer.DataBuffer",
			"package org.springframework.core.io.buffer; public interface DataBuffer { }",
			"org.jspecify.annotations.Nullable",
			"package org.jspecify.annotations; import java.lang.annotation.*; @Target(ElementType.TYPE_USE) "
					+ "@Retention(RetentionPolicy.RUNTIME) public @interface Nullable { }",
			"io.github.appwritespring.client.transport.BlockingFace",
			"package io.github.appwritespring.client.transport; public @interface BlockingFace { "
					+ "String accessor() default \"\"; }",
			"io.github.appwritespring.client.transport.Blocking",
			"package io.github.appwritespring.client.transport; import reactor.core.publisher.*; "
					+ "import org.springframework.core.io.buffer.DataBuffer; public final class Blocking { "
					+ "public static <T> T await(Mono<T> m, String o) { return null; } "
					+ "public static void run(Mono<Void> m, String o) { } "
					+ "public static <T> java.util.stream.Stream<T> stream(Flux<T> f, String o) { return null; } "
					+ "public static java.io.InputStream inputStream(Flux<DataBuffer> f, String o) { return null; } }",
			"io.github.appwritespring.client.model.Thing",
			"package io.github.appwritespring.client.model; public record Thing(String id) { "
					+ "public static Thing of(String id) { return new Thing(id); } }");

	@TempDir
	Path output;

	@Test
	void eachKindOfAnswerWaitsThroughItsHelperWithTheCallersOperationName() {
		String generated = generate("""
				package io.github.appwritespring.client.service;

				import java.util.List;

				import org.jspecify.annotations.Nullable;
				import org.springframework.core.io.buffer.DataBuffer;
				import reactor.core.publisher.Flux;
				import reactor.core.publisher.Mono;

				import io.github.appwritespring.client.model.Thing;
				import io.github.appwritespring.client.transport.BlockingFace;

				/**
				 * Appwrite's Things service, reactive face: things.
				 *
				 * @since 0.1.0
				 */
				@BlockingFace
				public class ReactiveThings {

					/**
					 * Returns the thing.
					 * @param thingId the thing ID
					 * @param queries queries, or {@code null}
					 * @return the thing
					 */
					public Mono<Thing> get(String thingId, @Nullable List<String> queries) {
						return null;
					}

					/**
					 * Returns completion once the thing is deleted.
					 * @param thingId the thing ID
					 * @return completion once the thing is deleted
					 */
					public Mono<Void> delete(String thingId) {
						return null;
					}

					/**
					 * Returns every thing, page by page.
					 * @return every thing, page by page
					 */
					public Flux<Thing> listAll() {
						return null;
					}

					/**
					 * Downloads the thing, streamed.
					 * @param thingId the thing ID
					 * @return the bytes as they arrive
					 */
					public Flux<DataBuffer> getDownload(String thingId) {
						return null;
					}

					/**
					 * Reads a thing as the caller's type; see {@link Thing#of(String)}.
					 * @param type the type
					 * @param <T> that type
					 * @return the thing as that type
					 */
					public <T extends Comparable<T>> Mono<List<T>> as(Class<T> type) {
						return null;
					}

					Mono<Thing> notPublic() {
						return null;
					}

				}
				""");
		assertThat(generated).contains("package io.github.appwritespring.client.service;")
			.contains("import io.github.appwritespring.client.model.Thing;")
			.contains("import org.jspecify.annotations.Nullable;")
			.contains(" * Appwrite's Things service, blocking face: things.")
			.contains("close them.\n *\n * @since 0.1.0\n */")
			.contains("public class Things {")
			.contains("public Things(ReactiveThings reactive) {")
			.contains("public Thing get(String thingId, @Nullable List<String> queries) {\n"
					+ "\t\treturn Blocking.await(this.reactive.get(thingId, queries), \"things().get()\");")
			.contains("\t * Returns once the thing is deleted.\n\t * @param thingId the thing ID\n\t */\n"
					+ "\tpublic void delete(String thingId) {\n"
					+ "\t\tBlocking.run(this.reactive.delete(thingId), \"things().delete()\");")
			.contains("public Stream<Thing> listAll() {\n"
					+ "\t\treturn Blocking.stream(this.reactive.listAll(), \"things().listAll()\");")
			.contains("stop early")
			.contains("public InputStream getDownload(String thingId) {\n"
					+ "\t\treturn Blocking.inputStream(this.reactive.getDownload(thingId), \"things().getDownload()\");")
			.contains("cancels the download")
			.contains("public <T extends Comparable<T>> List<T> as(Class<T> type) {")
			.doesNotContain("notPublic");
	}

	@Test
	void theAccessorCanBeNamed() {
		String generated = generate("""
				package io.github.appwritespring.client.service;

				import reactor.core.publisher.Mono;

				import io.github.appwritespring.client.transport.BlockingFace;

				/** Things. */
				@BlockingFace(accessor = "stuff")
				public class ReactiveThings {

					/**
					 * Returns the name.
					 * @return the name
					 */
					public Mono<String> name() {
						return null;
					}

				}
				""");
		assertThat(generated).contains("\"stuff().name()\"");
	}

	@Test
	void aMethodThatIsNeitherMonoNorFluxIsACompileError() {
		List<Diagnostic<? extends JavaFileObject>> errors = compile("""
				package io.github.appwritespring.client.service;

				import io.github.appwritespring.client.transport.BlockingFace;

				/** Things. */
				@BlockingFace
				public class ReactiveThings {

					/**
					 * Returns the name.
					 * @return the name
					 */
					public String name() {
						return "";
					}

				}
				""");
		assertThat(errors).extracting((error) -> error.getMessage(Locale.ROOT))
			.anySatisfy((message) -> assertThat(message).contains("answers a Mono or a Flux")
				.contains("name answers java.lang.String"));
	}

	@Test
	void aMethodAnsweringAnotherReactiveFaceAnswersItsBlockingFaceAndAGenericFaceKeepsItsTypeParameter() {
		String things = generate("""
				package io.github.appwritespring.client.service;

				import io.github.appwritespring.client.transport.BlockingFace;

				/** Things, reactive face. */
				@BlockingFace
				public class ReactiveThings {
					/**
					 * Returns a handle on one kind of thing.
					 * @param kind the kind
					 * @param type the type of its data
					 * @param <T> that type
					 * @return the handle, reactive face
					 */
					public <T> ReactiveKind<T> kind(String kind, Class<T> type) { return new ReactiveKind<>(); }
				}
				""", """
				package io.github.appwritespring.client.service;

				import reactor.core.publisher.Mono;

				import io.github.appwritespring.client.transport.BlockingFace;

				/**
				 * A kind of thing, reactive face.
				 * @param <T> the type of its data
				 */
				@BlockingFace(accessor = "kind")
				public class ReactiveKind<T> {
					/**
					 * Returns one.
					 * @param id its ID
					 * @return the thing
					 */
					public Mono<T> get(String id) { return null; }
				}
				""");
		assertThat(things)
			.contains("\tpublic <T> Kind<T> kind(String kind, Class<T> type) {\n"
					+ "\t\treturn new Kind<>(this.reactive.kind(kind, type));\n\t}\n")
			.contains("@return the handle, blocking face");
		String kind = read("Kind");
		assertThat(kind).contains("public class Kind<T> {")
			.contains("private final ReactiveKind<T> reactive;")
			.contains("public Kind(ReactiveKind<T> reactive) {")
			.contains(
					"\tpublic T get(String id) {\n\t\treturn Blocking.await(this.reactive.get(id), \"kind().get()\");");
	}

	private String generate(String reactive, String... more) {
		List<Diagnostic<? extends JavaFileObject>> errors = compile(reactive, more);
		assertThat(errors).isEmpty();
		return read("Things");
	}

	private String read(String name) {
		try {
			return Files.readString(this.output.resolve("io/github/appwritespring/client/service/" + name + ".java"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<Diagnostic<? extends JavaFileObject>> compile(String reactive, String... more) {
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
		try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
			files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(this.output));
			files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(this.output));
			List<JavaFileObject> sources = new ArrayList<>();
			STAND_INS.forEach((name, source) -> sources.add(new Source(name, source)));
			sources.add(new Source("io.github.appwritespring.client.service.ReactiveThings", reactive));
			for (String source : more) {
				String name = source.replaceAll("(?s).*public class (\\w+).*", "$1");
				sources.add(new Source("io.github.appwritespring.client.service." + name, source));
			}
			JavaCompiler.CompilationTask task = compiler.getTask(null, files, diagnostics, List.of("-proc:full"), null,
					sources);
			task.setProcessors(List.of(new BlockingFaceProcessor()));
			task.call();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return diagnostics.getDiagnostics()
			.stream()
			.filter((diagnostic) -> diagnostic.getKind() == Diagnostic.Kind.ERROR)
			.collect(Collectors.toList());
	}

	/** A source file held in memory. */
	private static final class Source extends SimpleJavaFileObject {

		private final String content;

		Source(String className, String content) {
			super(URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
			this.content = content;
		}

		@Override
		public CharSequence getCharContent(boolean ignoreEncodingErrors) {
			return this.content;
		}

	}

}
