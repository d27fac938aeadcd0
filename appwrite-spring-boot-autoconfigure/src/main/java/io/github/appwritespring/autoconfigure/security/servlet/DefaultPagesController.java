package io.github.appwritespring.autoconfigure.security.servlet;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.template.TemplateAvailabilityProviders;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.AbstractController;

import io.github.appwritespring.autoconfigure.security.internal.SignInFields;
import io.github.appwritespring.autoconfigure.security.pages.DefaultPage;
import io.github.appwritespring.autoconfigure.security.pages.DefaultPages;
import io.github.appwritespring.autoconfigure.security.pages.PageRequest;

/**
 * Serves the default pages on Spring MVC, from a handler mapping consulted after the
 * application's controllers and view controllers: an application's own page at the same
 * path wins. When the application has a template named after the path (e.g.
 * {@code templates/login.html} for {@code /login}, {@code templates/login/mfa.html} for
 * {@code /login/mfa}), that template is rendered instead.
 *
 * @since 0.1.0
 */
public class DefaultPagesController extends AbstractController {

	private final DefaultPages pages;

	private final TemplateAvailabilityProviders templates;

	private final ApplicationContext context;

	DefaultPagesController(DefaultPages pages, ApplicationContext context) {
		super(false);
		setSupportedMethods("GET", "HEAD");
		this.pages = pages;
		this.templates = new TemplateAvailabilityProviders(context);
		this.context = context;
	}

	@Override
	protected @Nullable ModelAndView handleRequestInternal(HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		DefaultPage page = this.pages.pageAt(path);
		if (page == null) {
			response.sendError(404);
			return null;
		}
		String view = DefaultPages.viewName(path);
		if (this.templates.getProvider(view, this.context) != null) {
			return new ModelAndView(view);
		}
		CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		byte[] html = this.pages
			.render(page, new PageRequest(request.getContextPath(),
					SignInFields.singleValued(SignInFields.query(request.getQueryString())),
					(token != null) ? token.getParameterName() : null, (token != null) ? token.getToken() : null))
			.getBytes(StandardCharsets.UTF_8);
		response.setStatus(200);
		response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader("Content-Security-Policy", this.pages.contentSecurityPolicy());
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setContentLength(html.length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(html);
		}
		return null;
	}

}
