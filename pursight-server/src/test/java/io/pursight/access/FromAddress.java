package io.pursight.access;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.pursight.testing.Api;
import io.pursight.testing.Api.Response;

/**
 * Requests sent from another loopback address (127.0.0.2 and up), which the server sees as
 * another client machine: the attacker's, in tests of per-address limits. Failures sent from
 * here also leave the allowance of 127.0.0.1, which the other tests share, untouched.
 */
final class FromAddress {

	private FromAddress() {
	}

	static Response post(String address, int port, String path, Object body, String accessToken) {
		try {
			HttpClient client = HttpClient.newBuilder().localAddress(InetAddress.getByName(address))
					.connectTimeout(Duration.ofSeconds(5)).build();
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
					.timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(body)));
			if (accessToken != null) {
				request.header("Authorization", "Bearer " + accessToken);
			}
			HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(), response.headers().map());
		}
		catch (IOException e) {
			throw new AssertionError("request from " + address + " failed", e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}
}
