package io.github.appwritespring.client;

import java.io.InputStream;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The blocking services are written at build time from the reactive ones
 * ({@code appwrite-client-processor}): each reactive service has its blocking face, with
 * one method per reactive method, the same parameters (their {@code @Nullable} included)
 * and the answer waited for, and nothing else.
 */
class BlockingFacesTests {

	static final List<String> SERVICES = List.of("Account", "Users", "TablesDb", "Storage", "Functions", "Teams",
			"Tokens", "Health");

	@Test
	void everyReactiveServiceHasItsBlockingFace() throws Exception {
		for (Class<?> reactive : ServiceClasses.reactiveFaces()) {
			assertThat(reactive.getSimpleName()).startsWith("Reactive");
			Class.forName(reactive.getPackageName() + "." + reactive.getSimpleName().substring("Reactive".length()));
		}
		assertThat(ServiceClasses.reactiveServices()).extracting(Class::getSimpleName)
			.containsAll(SERVICES.stream().map((name) -> "Reactive" + name).collect(Collectors.toList()));
	}

	@Test
	void eachReactiveMethodHasABlockingTwinAndNothingElse() throws Exception {
		for (Class<?> reactive : ServiceClasses.reactiveFaces()) {
			Class<?> blocking = Class
				.forName(reactive.getPackageName() + "." + reactive.getSimpleName().substring("Reactive".length()));
			List<String> expected = new ArrayList<>();
			for (Method method : publicMethods(reactive)) {
				expected.add(signature(method.getName(), blockingAnswer(method.getGenericReturnType()),
						method.getAnnotatedParameterTypes()));
			}
			List<String> actual = new ArrayList<>();
			for (Method method : publicMethods(blocking)) {
				actual.add(signature(method.getName(), method.getGenericReturnType().getTypeName(),
						method.getAnnotatedParameterTypes()));
			}
			assertThat(actual).as(blocking.getName()).containsExactlyInAnyOrderElementsOf(expected);
		}
	}

	private static List<Method> publicMethods(Class<?> type) {
		return Arrays.stream(type.getDeclaredMethods())
			.filter((method) -> Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers()))
			.collect(Collectors.toList());
	}

	private static String signature(String name, String answer, AnnotatedType[] parameters) {
		return answer + " " + name
				+ Arrays.stream(parameters)
					.map(BlockingFacesTests::annotated)
					.collect(Collectors.joining(", ", "(", ")"));
	}

	private static String annotated(AnnotatedType type) {
		return Arrays.stream(type.getAnnotations())
			.map((annotation) -> "@" + annotation.annotationType().getSimpleName() + " ")
			.collect(Collectors.joining()) + type.getType().getTypeName();
	}

	private static String blockingAnswer(Type reactiveAnswer) {
		ParameterizedType type = (ParameterizedType) reactiveAnswer;
		Class<?> raw = (Class<?>) type.getRawType();
		if (raw.getSimpleName().startsWith("Reactive")) {
			// a handle: answered as its blocking face
			return reactiveAnswer.getTypeName()
				.replace(raw.getName(),
						raw.getPackageName() + "." + raw.getSimpleName().substring("Reactive".length()));
		}
		Type element = type.getActualTypeArguments()[0];
		if (type.getRawType() == Mono.class) {
			return (element == Void.class) ? "void" : element.getTypeName();
		}
		assertThat(type.getRawType()).isEqualTo(Flux.class);
		return (element == DataBuffer.class) ? InputStream.class.getName()
				: Stream.class.getName() + "<" + element.getTypeName() + ">";
	}

}
