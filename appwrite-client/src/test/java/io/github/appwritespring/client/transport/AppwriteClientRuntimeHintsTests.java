package io.github.appwritespring.client.transport;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.util.ClassUtils;

import io.github.appwritespring.client.model.Execution;
import io.github.appwritespring.client.model.Row;
import io.github.appwritespring.client.model.Session;
import io.github.appwritespring.client.model.Target;
import io.github.appwritespring.client.model.User;
import io.github.appwritespring.client.model.UserList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hints a native image needs, as Spring's ahead-of-time processing collects them:
 * from every {@code RuntimeHintsRegistrar} listed in
 * {@code META-INF/spring/aot.factories}. The model records are found by scanning their
 * package, so that a new one cannot be left out of
 * {@link AppwriteClientRuntimeHints#MODELS}.
 */
class AppwriteClientRuntimeHintsTests {

	private static final String MODEL_PACKAGE = "io.github.appwritespring.client.model";

	private final ClassLoader classLoader = getClass().getClassLoader();

	private final List<RuntimeHintsRegistrar> registrars = SpringFactoriesLoader
		.forResourceLocation("META-INF/spring/aot.factories", this.classLoader)
		.load(RuntimeHintsRegistrar.class);

	private final RuntimeHints hints = new RuntimeHints();

	@BeforeEach
	void collectHintsAsAotProcessingDoes() {
		this.registrars.forEach((registrar) -> registrar.registerHints(this.hints, this.classLoader));
	}

	@Test
	void theRegistrarIsListedInAotFactories() {
		assertThat(this.registrars).hasAtLeastOneElementOfType(AppwriteClientRuntimeHints.class);
	}

	@Test
	void everyRecordOfTheModelPackageCanBeBound() throws Exception {
		List<Class<?>> records = modelRecords();
		assertThat(records).as("the scan finds the models, nested ones included")
			.contains(User.class, Target.class, Execution.Header.class, UserList.class, Row.class)
			.hasSizeGreaterThan(AppwriteClientRuntimeHints.MODELS.length);
		assertThat(records).containsAll(Arrays.asList(AppwriteClientRuntimeHints.MODELS));
		for (Class<?> record : records) {
			assertThat(bindable(record)).as("%s is registered for binding", record.getName()).accepts(this.hints);
		}
	}

	@Test
	void jacksonCanReadTheAnnotatedComponentsOfRepresentativeModels() throws Exception {
		// @JsonProperty("$id") on the components: Jackson reads it from the fields
		for (Class<?> model : List.of(User.class, Target.class, Session.class, UserList.class)) {
			assertThat(RuntimeHintsPredicates.reflection()
				.onType(model)
				.withMemberCategories(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS)).as(model.getName())
				.accepts(this.hints);
		}
		assertThat(RuntimeHintsPredicates.reflection().onFieldAccess(User.class, "id")).accepts(this.hints);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(User.class, "prefs")).accepts(this.hints);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(UserList.class, "users")).accepts(this.hints);
	}

	@Test
	void theVersionResourceIsRegisteredAndExists() {
		String path = ClientVersion.class.getPackageName().replace('.', '/') + "/" + ClientVersion.RESOURCE;
		assertThat(RuntimeHintsPredicates.resource().forResource(path)).accepts(this.hints);
		assertThat(this.classLoader.getResource(path)).isNotNull();
		assertThat(ClientVersion.version()).as("the build filtered the version in").isNotEqualTo("unknown");
	}

	private static Predicate<RuntimeHints> bindable(Class<?> record) throws NoSuchMethodException {
		Class<?>[] parameterTypes = Arrays.stream(record.getRecordComponents())
			.map(RecordComponent::getType)
			.toArray(Class<?>[]::new);
		Constructor<?> canonical = record.getDeclaredConstructor(parameterTypes);
		Predicate<RuntimeHints> bindable = RuntimeHintsPredicates.reflection().onConstructorInvocation(canonical);
		for (RecordComponent component : record.getRecordComponents()) {
			bindable = bindable.and(RuntimeHintsPredicates.reflection().onMethodInvocation(component.getAccessor()));
		}
		return bindable;
	}

	private List<Class<?>> modelRecords() throws IOException, ClassNotFoundException {
		String pattern = "classpath*:" + ClassUtils.convertClassNameToResourcePath(MODEL_PACKAGE) + "/*.class";
		List<Class<?>> records = new ArrayList<>();
		for (Resource resource : new PathMatchingResourcePatternResolver(this.classLoader).getResources(pattern)) {
			String name = resource.getFilename();
			if (name != null && !name.equals("package-info.class")) {
				Class<?> type = ClassUtils.forName(MODEL_PACKAGE + "." + name.replace(".class", ""), this.classLoader);
				if (type.isRecord()) {
					records.add(type);
				}
			}
		}
		return records;
	}

}
