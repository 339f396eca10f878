package io.pursight.access.web;

import io.pursight.access.Access;
import io.pursight.access.AccessPermissions;
import io.pursight.access.PublicEndpoint;
import io.pursight.access.Requires;
import io.pursight.access.Sessions;
import io.pursight.access.Tokens;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication", description = "Login, token refresh and logout")
class AuthController {

	private final Sessions sessions;
	private final Access access;

	AuthController(Sessions sessions, Access access) {
		this.sessions = sessions;
		this.access = access;
	}

	@PostMapping("/login")
	@PublicEndpoint
	@SecurityRequirements
	@Operation(summary = "Log in with a user name and password",
			description = "Returns a short-lived access token (send it as `Authorization: Bearer <token>`) and a refresh token. "
					+ "The user name matches in any case or character width. Repeated failures for one account from one "
					+ "address, from one address, or (a higher ceiling) for one account from anywhere are answered with "
					+ "429 and `Retry-After`.")
	Tokens login(@Valid @RequestBody Login login, HttpServletRequest request) {
		return sessions.login(login.username(), login.password(), request.getRemoteAddr());
	}

	@PostMapping("/refresh")
	@PublicEndpoint
	@SecurityRequirements
	@Operation(summary = "Exchange a refresh token for a new token pair",
			description = "The presented refresh token is spent. Presenting a spent token again revokes the whole login.")
	Tokens refresh(@Valid @RequestBody Refresh refresh) {
		return sessions.refresh(refresh.refreshToken());
	}

	@PostMapping("/logout")
	@Requires(AccessPermissions.AUTHENTICATED)
	@Operation(summary = "End your session",
			description = "Ends the session of the access token you send, and the one of the refresh token if it is "
					+ "yours too. The access token may have expired (within the refresh-token lifetime): a client "
					+ "whose token lapsed can still log out. A refresh token that is not yours, unknown or spent is "
					+ "ignored, with the same 204, so the answer tells nothing about other people's tokens. "
					+ "Afterwards the access and refresh tokens of the session are refused.")
	@ApiResponse(responseCode = "204", description = "Logged out (also when you already were)")
	ResponseEntity<Void> logout(@Valid @RequestBody Refresh refresh) {
		sessions.logout(access.actor().id(), refresh.refreshToken());
		return ResponseEntity.noContent().build();
	}

	record Login(@NotBlank @Size(max = 100) @Schema(example = "admin") String username,
			@NotBlank @Size(max = 256) @Schema(example = "lantern orbit quietly mango") String password) {
	}

	record Refresh(@NotBlank @Size(max = 200) @Schema(example = "q0Vx3nDq7y1uPZ0bJb3wXwR1l7sQmGmN2K1m9cXyZ2E") String refreshToken) {
	}
}
