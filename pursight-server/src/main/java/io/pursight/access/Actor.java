package io.pursight.access;

import java.util.Optional;

import io.pursight.common.UserId;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/** The signed-in user a request acts for, as read from its access token. */
public record Actor(UserId id, String username, boolean platformAdmin) {

	static final String USERNAME_CLAIM = "preferred_username";
	static final String PLATFORM_ADMIN_CLAIM = "padm";

	/** The actor of the current request; empty for anonymous requests. */
	public static Optional<Actor> current() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof Jwt jwt) {
			return Optional.of(fromToken(jwt));
		}
		return Optional.empty();
	}

	/** The actor of the current request; callers behind {@link Requires} always have one. */
	public static Actor require() {
		return current().orElseThrow(() -> new IllegalStateException("no authenticated actor"));
	}

	/** The actor an access token names; the token must have been verified. */
	public static Actor fromToken(Jwt jwt) {
		return new Actor(UserId.of(jwt.getSubject()), jwt.getClaimAsString(USERNAME_CLAIM),
				Boolean.TRUE.equals(jwt.getClaimAsBoolean(PLATFORM_ADMIN_CLAIM)));
	}
}
