package io.github.appwritespring.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The reactive service classes of the client ({@code service/Reactive*}), read from the
 * build output so that a new service is found without being listed.
 */
final class ServiceClasses {

	private static final String PACKAGE = "io.github.appwritespring.client.service";

	private ServiceClasses() {
	}

	/**
	 * Returns the reactive services: the {@code Reactive*} classes that are services
	 * ({@code transport.Service}), not handles such as a table's.
	 */
	static List<Class<?>> reactiveServices() {
		return reactiveFaces().stream()
			.filter(io.github.appwritespring.client.transport.Service.class::isAssignableFrom)
			.collect(Collectors.toList());
	}

	/**
	 * Returns every class with a generated blocking face: the services and the handles.
	 */
	static List<Class<?>> reactiveFaces() {
		Path directory = Path.of("target", "classes").resolve(PACKAGE.replace('.', '/'));
		try (Stream<Path> files = Files.list(directory)) {
			return files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.startsWith("Reactive") && name.endsWith(".class") && !name.contains("$"))
				.sorted()
				.map((name) -> load(PACKAGE + "." + name.substring(0, name.length() - ".class".length())))
				.collect(Collectors.toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Class<?> load(String name) {
		try {
			return Class.forName(name);
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
