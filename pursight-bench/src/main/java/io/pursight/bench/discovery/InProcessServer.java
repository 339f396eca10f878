package io.pursight.bench.discovery;

import io.pursight.PursightApplication;
import java.util.ArrayList;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The PurSight server started inside the benchmark's JVM on a free port. */
final class InProcessServer implements AutoCloseable {

	private final ConfigurableApplicationContext context;
	private final int port;

	private InProcessServer(ConfigurableApplicationContext context) {
		this.context = context;
		this.port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
	}

	/** Starts the server with these properties on top of its defaults (they win over application.yml). */
	static InProcessServer start(Map<String, String> properties) {
		var arguments = new ArrayList<String>();
		properties.forEach((key, value) -> arguments.add("--" + key + "=" + value));
		SpringApplication application = new SpringApplication(PursightApplication.class);
		application.setRegisterShutdownHook(false); // closed by us, before the databases are dropped
		return new InProcessServer(application.run(arguments.toArray(String[]::new)));
	}

	String baseUrl() {
		return "http://127.0.0.1:" + port;
	}

	@Override
	public void close() {
		context.close();
	}
}
