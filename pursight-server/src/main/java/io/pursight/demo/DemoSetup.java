package io.pursight.demo;

import java.nio.file.Path;
import java.util.Map;

import io.pursight.common.PageQuery;
import io.pursight.datasource.DataSourceView;
import io.pursight.datasource.DataSources;
import io.pursight.datasource.DiscoveryReport;
import io.pursight.datasource.Engine;
import io.pursight.datasource.SourceDefinition;
import io.pursight.demo.internal.DemoDatabaseGenerator;
import io.pursight.workspace.Workspace;
import io.pursight.workspace.Workspaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start (when {@code pursight.demo.enabled}), generates the demo shop database once under the
 * H2 sources directory, registers it in the default workspace and discovers it. Runs once:
 * a workspace that already has the demo source is left alone.
 */
@Component
@Order(20)
@ConditionalOnBooleanProperty(name = "pursight.demo.enabled")
class DemoSetup implements ApplicationRunner {

	static final String SOURCE_NAME = "demo-shop";
	private static final Logger log = LoggerFactory.getLogger(DemoSetup.class);

	private final Workspaces workspaces;
	private final DataSources sources;
	private final Path directory;

	DemoSetup(Workspaces workspaces, DataSources sources,
			@Value("${pursight.sources.h2-directory:${pursight.data-dir}/sources}") Path directory) {
		this.workspaces = workspaces;
		this.sources = sources;
		this.directory = directory.toAbsolutePath().normalize();
	}

	@Override
	public void run(ApplicationArguments args) {
		Workspace workspace = workspaces.bySlug(Workspace.DEFAULT_SLUG).orElse(null);
		if (workspace == null
				|| sources.list(workspace.id(), null, null, SOURCE_NAME, new PageQuery(0, 1)).total() > 0) {
			return;
		}
		DemoDatabaseGenerator.generate(directory, SOURCE_NAME, DemoDatabaseGenerator.DEFAULT_SEED,
				DemoDatabaseGenerator.DEFAULT_CUSTOMERS);
		DataSourceView source = sources.register(workspace.id(), new SourceDefinition(SOURCE_NAME,
				"Generated sample shop: customers, employees, orders and payments (synthetic people, realistic formats).",
				Engine.H2, null, null, null, DemoDatabaseGenerator.jdbcUrl(directory, SOURCE_NAME),
				DemoDatabaseGenerator.USER, DemoDatabaseGenerator.PASSWORD, Map.of()));
		DiscoveryReport report = sources.discover(workspace.id(), source.id());
		log.info("Demo source '{}' discovered: {} tables, {} views, {} columns", SOURCE_NAME,
				report.catalog().tables(), report.catalog().views(), report.catalog().columns());
	}
}
