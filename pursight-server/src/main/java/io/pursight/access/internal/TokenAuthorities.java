package io.pursight.access.internal;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Maps an access token to an authentication; the only coarse authority is platform administration. */
final class TokenAuthorities {

	private TokenAuthorities() {
	}

	static AbstractAuthenticationToken convert(Jwt jwt) {
		List<GrantedAuthority> authorities = Boolean.TRUE.equals(jwt.getClaimAsBoolean("padm"))
				? List.of(new SimpleGrantedAuthority(SecurityConfiguration.PLATFORM_ADMIN))
				: List.of();
		return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
	}
}
