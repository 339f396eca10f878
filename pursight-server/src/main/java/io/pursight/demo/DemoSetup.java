package io.pursight.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.pursight.common.PageQuery;
import io.pursight.common.Problem;
import io.pursight.datasource.DataSourceSettings;
import io.pursight.datasource.DataSourceView;
import io.pursight.datasource.DataSources;
import io.pursight.datasource.DiscoveryReport;
import io.pursight.datasource.Engine;
import io.pursight.datasource.SourceDefinition;
import io.pursight.demo.internal.DemoDatabaseGenerator;
import io.pursight.workspace.Workspace;
import io.pursight.workspace.Workspaces;
import io.pursight.platform.StorageSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start (when {@code pursight.demo.enabled}), generates the demo shop database once in the default
 * workspace's own H2 sources directory ({@code <h2-directory>/<workspace id>/}), registers it there and
 * discovers it. A workspace that already has the demo source keeps it; if its database still lies in the
 * shared directory where earlier versions put it (open to every workspace), the file is moved into the
 * workspace's directory and the source redefined to point there. Both steps are idempotent.
 */
@Component
@Order(20)
@EnableConfigurationProperties(DemoSettings.class)
class DemoSetup implements ApplicationRunner {

	static final String SOURCE_NAME = "demo-shop";
	private static final String DESCRIPTION = "Generated sample shop: customers, employees, orders and payments "
			+ "(synthetic people, realistic formats).";
	private static final Logger log = LoggerFactory.getLogger(DemoSetup.class);

	private final DemoSettings settings;
	private final Workspaces workspaces;
	private final DataSources sources;
	private final Path directory;
	private final boolean embeddedH2Enabled;

	DemoSetup(DemoSettings settings, Workspaces workspaces, DataSources sources, DataSourceSettings sourceSettings,
			StorageSettings storage) {
		this.settings = settings;
		this.workspaces = workspaces;
		this.sources = sources;
		this.directory = sourceSettings.h2DirectoryIn(storage.dataDir()).toAbsolutePath().normalize();
		this.embeddedH2Enabled = sourceSettings.embeddedH2Enabled();
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!settings.enabled()) {
			return;
		}
		Workspace workspace = workspaces.bySlug(Workspace.DEFAULT_SLUG).orElse(null);
		if (workspace == null) {
			return;
		}
		if (!embeddedH2Enabled) {
			log.info("The demo source is not set up: embedded H2 sources are disabled (pursight.sources.embedded-h2-enabled)");
			return;
		}
		Path own = workspaceDirectory(workspace);
		DataSourceView existing = sources.list(workspace.id(), null, null, SOURCE_NAME, new PageQuery(0, 50)).items()
			.stream()
			.filter(source -> source.name().equals(SOURCE_NAME))
			.findFirst()
			.orElse(null);
		if (existing != null) {
			moveOutOfTheSharedDirectory(workspace, existing, own);
			return;
		}
		DemoDatabaseGenerator.generate(own, SOURCE_NAME, DemoDatabaseGenerator.DEFAULT_SEED,
				DemoDatabaseGenerator.DEFAULT_CUSTOMERS);
		DataSourceView source = sources.register(workspace.id(), new SourceDefinition(SOURCE_NAME, DESCRIPTION,
				Engine.H2, null, null, null, DemoDatabaseGenerator.jdbcUrl(own, SOURCE_NAME), DemoDatabaseGenerator.USER,
				DemoDatabaseGenerator.PASSWORD, Map.of()));
		DiscoveryReport report = sources.discover(workspace.id(), source.id());
		log.info("Demo source '{}' discovered: {} tables, {} views, {} columns", SOURCE_NAME,
				report.catalog().tables(), report.catalog().views(), report.catalog().columns());
	}

	/** Where the default workspace's embedded H2 sources live. */
	Path workspaceDirectory(Workspace workspace) {
		return directory.resolve(workspace.id().toString());
	}

	/**
	 * Moves a demo database that earlier versions generated in the shared directory into the workspace's own
	 * and points the source at it. Only a source still pointing at the old place is touched; a crash between
	 * the two steps is finished at the next start.
	 */
	private void moveOutOfTheSharedDirectory(Workspace workspace, DataSourceView source, Path own) {
		String oldUrl = DemoDatabaseGenerator.jdbcUrl(directory, SOURCE_NAME);
		if (!oldUrl.equals(source.jdbcUrl())) {
			return;
		}
		try {
			Files.createDirectories(own);
			for (String suffix : new String[] { ".mv.db", ".trace.db" }) {
				Path from = directory.resolve(SOURCE_NAME + suffix);
				Path to = own.resolve(SOURCE_NAME + suffix);
				if (Files.exists(from) && !Files.exists(to)) {
					Files.move(from, to);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not move the demo database into " + own, e);
		}
		// Generated afresh (same seed, same data) if the old file had gone missing.
		DemoDatabaseGenerator.generate(own, SOURCE_NAME, DemoDatabaseGenerator.DEFAULT_SEED,
				DemoDatabaseGenerator.DEFAULT_CUSTOMERS);
		try {
			sources.redefine(workspace.id(), source.id(), source.version(), new SourceDefinition(source.name(),
					source.description(), Engine.H2, null, null, null, DemoDatabaseGenerator.jdbcUrl(own, SOURCE_NAME),
					// a moved source needs its password again, and the demo knows its own
					source.username(), DemoDatabaseGenerator.PASSWORD, source.options()));
			log.info("Moved the demo source '{}' into the default workspace's own directory", SOURCE_NAME);
		}
		catch (Problem e) {
			log.warn("Could not point the demo source '{}' at its new place yet ({}); retried at the next start",
					SOURCE_NAME, e.getMessage());
		}
	}
}
