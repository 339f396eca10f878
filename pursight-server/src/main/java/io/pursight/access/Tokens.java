package io.pursight.access;

/** What login and refresh return. {@code expiresIn} is the access token's lifetime in seconds. */
public record Tokens(String accessToken, String refreshToken, String tokenType, long expiresIn) {
}
