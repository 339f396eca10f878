package io.pursight.datasource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of the data source module ({@code pursight.sources.*}), with their defaults; checked at start.
 * The master key that seals stored passwords stays {@code pursight.master-key}.
 *
 * @param connectTimeout how long connecting and logging in to a source may take
 * @param readTimeout how long one read from a source may block
 * @param sampleTimeout how long one table's sample query may run: a table locked by a long migration then costs
 * that table, not the run
 * @param healthCheckInterval the pause between two rounds of health checks of all non-archived sources
 * @param h2Directory holds one directory per workspace for its embedded H2 source files; null for
 * {@code <pursight.data-dir>/sources} (see {@link #h2DirectoryIn})
 * @param embeddedH2Enabled whether embedded H2 file sources may be registered at all
 * @param network which addresses sources may resolve to
 * @param connectionTests how many connection tests users may run
 */
@ConfigurationProperties("pursight.sources")
public record DataSourceSettings(@DefaultValue("10s") Duration connectTimeout, @DefaultValue("5m") Duration readTimeout,
		@DefaultValue("60s") Duration sampleTimeout, @DefaultValue("5m") Duration healthCheckInterval, Path h2Directory,
		@DefaultValue("true") boolean embeddedH2Enabled, @DefaultValue Network network,
		@DefaultValue ConnectionTests connectionTests) {

	public DataSourceSettings {
		positive(connectTimeout, "connect-timeout");
		positive(readTimeout, "read-timeout");
		positive(sampleTimeout, "sample-timeout");
		positive(healthCheckInterval, "health-check-interval");
		Objects.requireNonNull(network, "network");
		Objects.requireNonNull(connectionTests, "connectionTests");
	}

	/** The directory for embedded H2 sources: the configured one, or {@code sources} in the data directory. */
	public Path h2DirectoryIn(Path dataDir) {
		return h2Directory != null ? h2Directory : dataDir.resolve("sources");
	}

	/**
	 * CIDRs (or single addresses), separated by commas or spaces.
	 *
	 * @param allowed where source hosts may resolve to; empty: every address that is not denied
	 * @param denied where they must not; denied wins
	 */
	public record Network(String allowed, @DefaultValue(DEFAULT_DENIED) String denied) {

		/** Link-local and cloud metadata endpoints, and the unspecified addresses ("this host" on many systems). */
		public static final String DEFAULT_DENIED = "0.0.0.0/8, 169.254.0.0/16, 100.100.100.200/32, 168.63.129.16/32, "
				+ "::/128, fe80::/10, fd00:ec2::254/128";

		public Network {
			// empty and absent mean the same: no network listed
			allowed = allowed == null ? "" : allowed;
			denied = denied == null ? "" : denied;
		}
	}

	/**
	 * Connection tests ({@code POST …/test-connection}) allowed per user and per workspace, refilled evenly over
	 * the window, so that they cannot be used to sweep a network.
	 */
	public record ConnectionTests(@DefaultValue("20") int perUser, @DefaultValue("60") int perWorkspace,
			@DefaultValue("1m") Duration window) {

		public ConnectionTests {
			if (perUser < 1 || perWorkspace < 1 || window == null || window.isNegative() || window.isZero()) {
				throw new IllegalArgumentException("pursight.sources.connection-tests needs limits of at least 1 and "
						+ "a positive window (got " + perUser + ", " + perWorkspace + ", " + window + ")");
			}
		}
	}

	private static void positive(Duration duration, String key) {
		if (duration == null || duration.isNegative() || duration.isZero()) {
			throw new IllegalArgumentException("pursight.sources." + key + " must be a positive duration such as 10s "
					+ "or 5m (got " + duration + ")");
		}
	}
}
