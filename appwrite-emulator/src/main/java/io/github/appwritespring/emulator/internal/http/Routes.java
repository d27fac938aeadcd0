package io.github.appwritespring.emulator.internal.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The route table. Feature code registers routes with a path template relative to
 * {@code /v1} and the scope Appwrite requires for it, e.g.
 * <pre>{@code routes.get("/users/{userId}", "users.read", request -> ...);}</pre> The
 * server checks the project and the scope before calling the handler. A route with scope
 * {@link io.github.appwritespring.emulator.internal.auth.Scopes#PUBLIC "public"} also
 * works without a project header.
 */
public final class Routes {

	// Copy-on-write: routes are registered at start-up, matched on every request without
	// locking.
	private volatile List<Route> routes = List.of();

	/** Registers a GET route. */
	public Route get(String template, String scope, RouteHandler handler) {
		return add("GET", template, scope, handler);
	}

	/** Registers a POST route. */
	public Route post(String template, String scope, RouteHandler handler) {
		return add("POST", template, scope, handler);
	}

	/** Registers a PUT route. */
	public Route put(String template, String scope, RouteHandler handler) {
		return add("PUT", template, scope, handler);
	}

	/** Registers a PATCH route. */
	public Route patch(String template, String scope, RouteHandler handler) {
		return add("PATCH", template, scope, handler);
	}

	/** Registers a DELETE route. */
	public Route delete(String template, String scope, RouteHandler handler) {
		return add("DELETE", template, scope, handler);
	}

	/**
	 * Registers a route.
	 * @throws IllegalStateException if the same method and template are already
	 * registered
	 */
	public Route add(String method, String template, String scope, RouteHandler handler) {
		return add(new Route(method, template, scope, handler, false));
	}

	/**
	 * Registers a route of the emulator's own outside {@code /v1} (where Appwrite can
	 * never put one), e.g. {@code outsideApi("GET", "/_emulator/mailbox", ...)}; the
	 * server checks no project for it.
	 */
	public Route outsideApi(String method, String template, String scope, RouteHandler handler) {
		if (!template.startsWith("/_emulator/")) {
			throw new IllegalArgumentException("Routes outside /v1 must live under /_emulator/: " + template);
		}
		return add(new Route(method, template, scope, handler, true));
	}

	private synchronized Route add(Route route) {
		String template = route.template();
		List<Route> updated = new ArrayList<>(this.routes);
		for (Route existing : updated) {
			if (existing.method().equals(route.method()) && existing.template().equals(template)
					&& existing.outsideApi() == route.outsideApi()) {
				throw new IllegalStateException("Route registered twice: " + route.method() + " " + template);
			}
		}
		updated.add(route);
		// The most specific template first, so /account/sessions/email beats
		// /account/sessions/{sessionId}.
		updated.sort(Comparator.comparingInt(Route::literalCount).reversed());
		this.routes = List.copyOf(updated);
		return route;
	}

	/** All registered routes, most specific first. */
	public List<Route> all() {
		return this.routes;
	}

	/**
	 * The route for a method and decoded path segments (relative to {@code /v1}), if any.
	 */
	public Optional<Match> match(String method, List<String> pathSegments) {
		return match(method, pathSegments, false);
	}

	/**
	 * The route for a method and decoded path segments, relative to {@code /v1} or, when
	 * {@code outsideApi}, to the server root.
	 */
	public Optional<Match> match(String method, List<String> pathSegments, boolean outsideApi) {
		for (Route route : this.routes) {
			if (route.method().equals(method) && route.outsideApi() == outsideApi) {
				Map<String, String> params = route.match(pathSegments);
				if (params != null) {
					return Optional.of(new Match(route, params));
				}
			}
		}
		return Optional.empty();
	}

	/** The methods registered for a path, for the "wrong method" message. */
	public TreeSet<String> methodsFor(List<String> pathSegments) {
		return methodsFor(pathSegments, false);
	}

	/** The methods registered for a path inside or outside {@code /v1}. */
	public TreeSet<String> methodsFor(List<String> pathSegments, boolean outsideApi) {
		TreeSet<String> methods = new TreeSet<>();
		for (Route route : this.routes) {
			if (route.outsideApi() == outsideApi && route.match(pathSegments) != null) {
				methods.add(route.method());
			}
		}
		return methods;
	}

	/** A matched route with its decoded path parameters. */
	public record Match(Route route, Map<String, String> pathParams) {
	}

}
