package io.pursight.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for integration tests: real requests to the server under test, JSON in and out. */
public final class Api {

	public static final JsonMapper JSON = JsonMapper.builder().build();
	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;
	private final String token;

	private Api(String base, String token) {
		this.base = base;
		this.token = token;
	}

	public static Api at(int port) {
		return new Api("http://127.0.0.1:" + port, null);
	}

	public Api as(String accessToken) {
		return new Api(base, accessToken);
	}

	public Api anonymous() {
		return new Api(base, null);
	}

	/** Logs in and returns a client acting with the access token; fails the test if login fails. */
	public Api login(String username, String password) {
		Response r = anonymous().post("/api/v1/auth/login", Map.of("username", username, "password", password));
		if (r.status() != 200) {
			throw new AssertionError("login of " + username + " failed: " + r);
		}
		return as(r.json().get("accessToken").asString());
	}

	public String token() {
		return token;
	}

	public Response get(String path) {
		return send("GET", path, null, Map.of());
	}

	public Response post(String path, Object body) {
		return send("POST", path, body, Map.of());
	}

	public Response put(String path, Object body, Map<String, String> headers) {
		return send("PUT", path, body, headers);
	}

	public Response patch(String path, Object body, Map<String, String> headers) {
		return send("PATCH", path, body, headers);
	}

	public Response delete(String path) {
		return send("DELETE", path, null, Map.of());
	}

	/** Sends a body as given (a String is sent verbatim, anything else as JSON). */
	public Response send(String method, String path, Object body, Map<String, String> headers) {
		String text = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
				.method(method, text == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(text));
		if (text != null) {
			request.header("Content-Type", "application/json");
		}
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		headers.forEach(request::header);
		return execute(request.build());
	}

	public Response execute(HttpRequest request) {
		try {
			HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(), response.headers().map());
		}
		catch (IOException e) {
			throw new AssertionError("request failed: " + request.uri(), e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	public String base() {
		return base;
	}

	/** A response: status, raw body and headers. */
	public record Response(int status, String body, Map<String, java.util.List<String>> headers) {

		public JsonNode json() {
			return JSON.readTree(body);
		}

		public String header(String name) {
			return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
					.map(e -> e.getValue().getFirst()).findFirst().orElse(null);
		}

		public String id() {
			return json().get("id").asString();
		}

		@Override
		public String toString() {
			return status + " " + (body.length() > 2000 ? body.substring(0, 2000) + "…" : body);
		}
	}
}
