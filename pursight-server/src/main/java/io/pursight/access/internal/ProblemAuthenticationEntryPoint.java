package io.pursight.access.internal;

import java.io.IOException;

import io.pursight.common.ProblemKind;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/** 401 and 403 from the security filters, as problem documents like every other error. */
@Component
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		boolean hadToken = request.getHeader("Authorization") != null;
		response.setHeader("WWW-Authenticate", hadToken ? "Bearer error=\"invalid_token\"" : "Bearer");
		write(response, ProblemKind.UNAUTHENTICATED, hadToken
				? "The access token is invalid or expired, or its session has ended: refresh it (POST /api/v1/auth/refresh) or log in again."
				: "Log in (POST /api/v1/auth/login) and send the access token as 'Authorization: Bearer <token>'.");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
			throws IOException {
		write(response, ProblemKind.FORBIDDEN, "Your account is not permitted to do this.");
	}

	static void write(HttpServletResponse response, ProblemKind kind, String detail) throws IOException {
		response.setStatus(kind.status());
		response.setCharacterEncoding("UTF-8");
		response.setContentType("application/problem+json");
		response.getWriter().write("{\"type\":\"" + kind.type() + "\",\"title\":\"" + kind.title()
				+ "\",\"status\":" + kind.status() + ",\"detail\":\"" + detail + "\"}");
	}
}
