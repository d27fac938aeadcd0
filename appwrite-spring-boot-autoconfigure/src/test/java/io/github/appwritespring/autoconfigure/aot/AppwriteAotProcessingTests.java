package io.github.appwritespring.autoconfigure.aot;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.aot.generate.ClassNameGenerator;
import org.springframework.aot.generate.DefaultGenerationContext;
import org.springframework.aot.generate.GeneratedFiles.Kind;
import org.springframework.aot.generate.InMemoryGeneratedFiles;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.web.context.reactive.GenericReactiveWebApplicationContext;
import org.springframework.context.annotation.AnnotationConfigUtils;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.javapoet.ClassName;
import org.springframework.web.context.support.GenericWebApplicationContext;

import io.github.appwritespring.autoconfigure.AppwriteProperties;
import io.github.appwritespring.autoconfigure.AppwriteSessionClient;
import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticationToken;
import io.github.appwritespring.autoconfigure.security.AppwriteSecurityProperties;
import io.github.appwritespring.autoconfigure.security.AppwriteUser;
import io.github.appwritespring.client.model.Session;
import io.github.appwritespring.client.model.User;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auto-configuration through Spring's ahead-of-time processing (what
 * {@code spring-boot:process-aot} runs), on both web stacks with Spring Security and the
 * embedded emulator: the code is generated and the hints a native image needs are
 * collected, from this module ({@code @ImportRuntimeHints}), from the client's
 * {@code aot.factories} and from Spring Boot for our properties. That the generated code
 * runs is shown by the sample app, which the build starts in AOT mode.
 */
class AppwriteAotProcessingTests {

	private static final String PACKAGE = "io/github/appwritespring/autoconfigure/";

	@Test
	void servletApplication() {
		Processed processed = process(new GenericWebApplicationContext());
		assertThat(processed.sources()).containsKeys(
				PACKAGE + "web/servlet/AppwriteServletAutoConfiguration__BeanDefinitions.java",
				PACKAGE + "security/servlet/AppwriteServletSecurityAutoConfiguration__BeanDefinitions.java",
				PACKAGE + "security/tomcat/AppwriteTomcatAccessLogAutoConfiguration__BeanDefinitions.java",
				PACKAGE + "emulator/AppwriteEmulatorAutoConfiguration__BeanDefinitions.java");
		assertThat(RuntimeHintsPredicates.reflection()
			.onType(AppwriteSessionClient.class)
			.withMemberCategory(MemberCategory.INVOKE_PUBLIC_METHODS)).accepts(processed.hints());
		assertHintsOfEveryStack(processed.hints());
	}

	@Test
	void reactiveApplication() {
		Processed processed = process(new GenericReactiveWebApplicationContext());
		assertThat(processed.sources()).containsKeys(
				PACKAGE + "web/reactive/AppwriteReactiveAutoConfiguration__BeanDefinitions.java",
				PACKAGE + "security/reactive/AppwriteReactiveSecurityAutoConfiguration__BeanDefinitions.java",
				PACKAGE + "security/tomcat/AppwriteTomcatAccessLogAutoConfiguration__BeanDefinitions.java",
				PACKAGE + "emulator/AppwriteEmulatorAutoConfiguration__BeanDefinitions.java");
		assertHintsOfEveryStack(processed.hints());
	}

	private static void assertHintsOfEveryStack(RuntimeHints hints) {
		// this module's: what applications reach through SpEL
		for (Class<?> type : new Class<?>[] { AppwriteUser.class, AppwriteAuthenticationToken.class }) {
			assertThat(RuntimeHintsPredicates.reflection()
				.onType(type)
				.withMemberCategory(MemberCategory.INVOKE_PUBLIC_METHODS)).as(type.getName()).accepts(hints);
		}
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(AppwriteUser.class, "getName"))
			.accepts(hints);
		// the client's, from its aot.factories: the models Jackson binds, the version
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(User.class, "email")).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(Session.class, "expire")).accepts(hints);
		assertThat(RuntimeHintsPredicates.resource()
			.forResource("io/github/appwritespring/client/transport/appwrite-client.properties")).accepts(hints);
		// Spring Boot's, for binding our properties, nested classes included
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(AppwriteProperties.class, "setEndpoint"))
			.accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(AppwriteProperties.Emulator.class, "setPort"))
			.accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection()
			.onMethodInvocation(AppwriteSecurityProperties.Throttle.class, "setAccountFreeFailures")).accepts(hints);
	}

	private static Processed process(GenericApplicationContext context) {
		context.registerBean(App.class);
		AnnotationConfigUtils.registerAnnotationConfigProcessors(context);
		InMemoryGeneratedFiles files = new InMemoryGeneratedFiles();
		DefaultGenerationContext generation = new DefaultGenerationContext(
				new ClassNameGenerator(ClassName.get(App.class)), files);
		new ApplicationContextAotGenerator().processAheadOfTime(context, generation);
		generation.writeGeneratedContent();
		return new Processed(files.getGeneratedFiles(Kind.SOURCE), generation.getRuntimeHints());
	}

	private record Processed(Map<String, ?> sources, RuntimeHints hints) {
	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class App {

	}

}
