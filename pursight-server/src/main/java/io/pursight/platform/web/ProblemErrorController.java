package io.pursight.platform.web;

import io.pursight.common.ProblemKind;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The error page of the servlet container, for failures that happen outside Spring MVC (in a
 * filter, for example): a problem document whose kind follows the status. Requested directly,
 * {@code /error} is not a resource. Also installs {@link ProblemErrorReportValve}, so that what
 * Tomcat refuses on its own is answered the same way.
 */
@RestController
@Hidden
class ProblemErrorController implements ErrorController, WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	@RequestMapping("/error")
	ResponseEntity<String> error(HttpServletRequest request) {
		ProblemKind kind = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer status
				? ProblemKind.forStatus(status) : ProblemKind.NOT_FOUND;
		return ResponseEntity.status(kind.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(json(kind));
	}

	/** A problem document with a generic detail: what failed here is not the client's business. */
	static String json(ProblemKind kind) {
		String detail = switch (kind) {
			case INVALID_REQUEST -> "The request could not be read: check its URL, headers and encoding.";
			case NOT_FOUND -> "No such resource.";
			case INTERNAL -> "Something went wrong on our side. Retry, and contact the administrator if it persists.";
			default -> kind.title() + ".";
		};
		return "{\"type\":\"" + kind.type() + "\",\"title\":\"" + kind.title() + "\",\"status\":" + kind.status()
				+ ",\"detail\":\"" + detail + "\"}";
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers(context -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
			}
		});
	}
}
