package io.pursight.access.internal;

import java.util.UUID;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Refuses an access token whose session has ended (logout, revocation by an administrator, a
 * password change, a disabled or deleted account), so that it stops working on its next request
 * rather than when it expires.
 */
final class ActiveSessionValidator implements OAuth2TokenValidator<Jwt> {

	static final String SESSION_CLAIM = "sid";

	private final SessionRevocations sessions;

	ActiveSessionValidator(SessionRevocations sessions) {
		this.sessions = sessions;
	}

	@Override
	public OAuth2TokenValidatorResult validate(Jwt token) {
		UUID session = sessionOf(token);
		if (session == null || !sessions.isAlive(session)) {
			return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
					"The session of this access token has ended: log in again.", null));
		}
		return OAuth2TokenValidatorResult.success();
	}

	/** The session an access token belongs to; null if it names none or not a valid one. */
	static UUID sessionOf(Jwt token) {
		String sid = token.getClaimAsString(SESSION_CLAIM);
		if (sid == null) {
			return null;
		}
		try {
			return UUID.fromString(sid);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
