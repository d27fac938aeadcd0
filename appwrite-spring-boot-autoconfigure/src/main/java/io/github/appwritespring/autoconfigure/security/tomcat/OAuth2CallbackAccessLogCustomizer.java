package io.github.appwritespring.autoconfigure.security.tomcat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.catalina.AccessLog;
import org.apache.catalina.Valve;
import org.springframework.boot.tomcat.TomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Keeps the OAuth2 callback's token secret out of the access logs of embedded Tomcat,
 * servlet or reactive: when the factory's engine or context valves hold an
 * {@link AccessLog} (the one {@code server.tomcat.accesslog.enabled=true} adds, or the
 * application's own), an {@link OAuth2CallbackRedactingValve} goes ahead of them. When
 * they hold none, nothing is added and requests cost nothing more.
 *
 * @since 0.1.0
 */
public class OAuth2CallbackAccessLogCustomizer implements WebServerFactoryCustomizer<TomcatWebServerFactory>, Ordered {

	/**
	 * Last: after Spring Boot's own customizer (order 0), which adds the access log of
	 * {@code server.tomcat.accesslog.*}, and after the application's customizers that
	 * declare no order.
	 */
	public static final int ORDER = Ordered.LOWEST_PRECEDENCE;

	private final List<String> paths;

	/**
	 * Creates a new {@code OAuth2CallbackAccessLogCustomizer}.
	 * @param callbackPath the callback's path below Tomcat's context path (on WebFlux,
	 * the base path included)
	 */
	public OAuth2CallbackAccessLogCustomizer(String callbackPath) {
		this(List.of(callbackPath));
	}

	/**
	 * Creates a new {@code OAuth2CallbackAccessLogCustomizer}.
	 * @param paths the paths below Tomcat's context path (on WebFlux, the base path
	 * included) whose {@code secret} is redacted
	 */
	public OAuth2CallbackAccessLogCustomizer(Collection<String> paths) {
		this.paths = List.copyOf(paths);
	}

	@Override
	public void customize(TomcatWebServerFactory factory) {
		if (needsRedaction(factory.getEngineValves())) {
			factory.setEngineValves(redactingFirst(factory.getEngineValves()));
		}
		if (needsRedaction(factory.getContextValves())) {
			factory.setContextValves(redactingFirst(factory.getContextValves()));
		}
	}

	private static boolean needsRedaction(Collection<Valve> valves) {
		return valves.stream().anyMatch(AccessLog.class::isInstance)
				&& !(valves.iterator().next() instanceof OAuth2CallbackRedactingValve);
	}

	private List<Valve> redactingFirst(Collection<Valve> valves) {
		List<Valve> ordered = new ArrayList<>(valves.size() + 1);
		ordered.add(new OAuth2CallbackRedactingValve(this.paths));
		ordered.addAll(valves);
		return ordered;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

}
