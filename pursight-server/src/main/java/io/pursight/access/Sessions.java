package io.pursight.access;

import io.pursight.common.UserId;

/**
 * Login, refresh and logout. An access token is a short-lived signed JWT naming its session; a
 * refresh token is opaque and single-use: every refresh rotates it within its session, and
 * presenting a spent one ends the whole session. Access tokens of an ended session are refused
 * from their next request.
 */
public interface Sessions {

	/**
	 * Checks the password and opens a session; the same answer and about the same time for an
	 * unknown user and a wrong password. Repeated failures for the account from this address, from
	 * the address, or for the account from anywhere are answered 429 with a retry delay.
	 */
	Tokens login(String username, String password, String clientAddress);

	/** Spends the refresh token and returns a new pair of the same session; 401 if it cannot be used. */
	Tokens refresh(String refreshToken);

	/**
	 * Ends the current request's session, and the one the refresh token belongs to if that is the
	 * caller's too. A refresh token of someone else, unknown or spent is ignored with the same
	 * answer, so logout tells nothing about other people's tokens.
	 *
	 * @param caller the user the current request's (possibly expired) access token was issued to
	 */
	void logout(UserId caller, String refreshToken);

	/** Ends every session of the user except the current request's; returns how many ended. */
	int endOtherSessions(UserId user);

	/** Ends every session of the user; returns how many ended. */
	int endAllSessions(UserId user);
}
