package io.github.appwritespring.autoconfigure.security.reactive;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.template.TemplateAvailabilityProviders;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.function.server.support.RouterFunctionMapping;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.security.internal.SignInFields;
import io.github.appwritespring.autoconfigure.security.pages.DefaultPage;
import io.github.appwritespring.autoconfigure.security.pages.DefaultPages;
import io.github.appwritespring.autoconfigure.security.pages.PageRequest;

/**
 * Serves the default pages on WebFlux, from a handler mapping consulted after the
 * application's router functions and controllers: an application's own page at the same
 * path wins. When the application has a template named after the path (e.g.
 * {@code templates/login.html} for {@code /login}), that template is rendered instead.
 *
 * @since 0.1.0
 */
public class DefaultPagesHandler implements HandlerFunction<ServerResponse> {

	private final DefaultPages pages;

	private final TemplateAvailabilityProviders templates;

	private final ApplicationContext context;

	DefaultPagesHandler(DefaultPages pages, ApplicationContext context) {
		this.pages = pages;
		this.templates = new TemplateAvailabilityProviders(context);
		this.context = context;
	}

	/**
	 * Returns the handler mapping of the pages, ordered after the application's own
	 * mappings and before static resources.
	 * @param order the mapping's order
	 * @param codecs the codecs to read requests with
	 * @return the handler mapping
	 */
	RouterFunctionMapping mapping(int order, ServerCodecConfigurer codecs) {
		RequestPredicate paths = null;
		for (String path : this.pages.paths().keySet()) {
			RequestPredicate one = RequestPredicates.GET(path);
			paths = (paths != null) ? paths.or(one) : one;
		}
		RouterFunctionMapping mapping = new RouterFunctionMapping(
				RouterFunctions.route((paths != null) ? paths : (request) -> false, this));
		mapping.setMessageReaders(codecs.getReaders());
		mapping.setOrder(order);
		return mapping;
	}

	@Override
	public Mono<ServerResponse> handle(ServerRequest request) {
		String path = request.requestPath().pathWithinApplication().value();
		DefaultPage page = this.pages.pageAt(path);
		if (page == null) {
			return ServerResponse.status(HttpStatus.NOT_FOUND).build();
		}
		String view = DefaultPages.viewName(path);
		if (this.templates.getProvider(view, this.context) != null) {
			return ServerResponse.ok().render(view);
		}
		Mono<CsrfToken> token = request.exchange().getAttribute(CsrfToken.class.getName());
		return ((token != null) ? token.map(Holder::new) : Mono.just(new Holder(null))).defaultIfEmpty(new Holder(null))
			.flatMap((holder) -> {
				CsrfToken csrf = holder.token();
				String html = this.pages.render(page, new PageRequest(request.requestPath().contextPath().value(),
						SignInFields.singleValued(SignInFields.query(request.uri().getRawQuery())),
						(csrf != null) ? csrf.getParameterName() : null, (csrf != null) ? csrf.getToken() : null));
				return ServerResponse.ok()
					.contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
					.header("Cache-Control", "no-store")
					.header("Content-Security-Policy", this.pages.contentSecurityPolicy())
					.header("Referrer-Policy", "no-referrer")
					.bodyValue(html);
			});
	}

	private record Holder(@Nullable CsrfToken token) {

	}

}
