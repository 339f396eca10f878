package io.pursight.datasource.web;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.pursight.common.Problem;
import io.pursight.common.UserId;
import io.pursight.common.WorkspaceId;
import io.pursight.datasource.DataSourceSettings;
import org.springframework.stereotype.Component;

/**
 * Limits connection tests, which make the server open a TCP connection wherever it is told and
 * report how that went, so they cannot be used to sweep a network. Each user and each workspace
 * has a bucket (by default 20 and 60 tests, refilled evenly over a minute); every test takes a
 * token from both, whatever its outcome. An empty bucket answers 429 with {@code Retry-After}.
 * Buckets live in this process: with several replicas, each one limits on its own.
 */
@Component
class ConnectionTestThrottle {

	/** Bounds the memory the buckets can take. */
	private static final int MAX_TRACKED = 100_000;

	private final Cache<UserId, Bucket> users;
	private final Cache<WorkspaceId, Bucket> workspaces;
	private final int perUser;
	private final int perWorkspace;
	private final Duration window;

	/** The limits were checked when the settings were bound ({@link DataSourceSettings.ConnectionTests}). */
	ConnectionTestThrottle(DataSourceSettings settings) {
		DataSourceSettings.ConnectionTests limits = settings.connectionTests();
		this.perUser = limits.perUser();
		this.perWorkspace = limits.perWorkspace();
		this.window = limits.window();
		this.users = Caffeine.newBuilder().maximumSize(MAX_TRACKED).expireAfterAccess(window).build();
		this.workspaces = Caffeine.newBuilder().maximumSize(MAX_TRACKED).expireAfterAccess(window).build();
	}

	/** Takes one test from the user's and the workspace's allowance, or throws a 429 problem. */
	void acquire(UserId user, WorkspaceId workspace) {
		Bucket ofUser = users.get(user, k -> bucket(perUser));
		Bucket ofWorkspace = workspaces.get(workspace, k -> bucket(perWorkspace));
		take(ofUser, "by you");
		try {
			take(ofWorkspace, "in this workspace");
		}
		catch (Problem refused) {
			ofUser.addTokens(1); // not run, so not counted against the user
			throw refused;
		}
	}

	private Bucket bucket(int tests) {
		return Bucket.builder().addLimit(limit -> limit.capacity(tests).refillGreedy(tests, window)).build();
	}

	private static void take(Bucket bucket, String where) {
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
			throw Problem.tooManyRequests("Too many connection tests " + where + " lately. Try again in " + seconds
					+ " seconds.", Duration.ofSeconds(seconds));
		}
	}
}
