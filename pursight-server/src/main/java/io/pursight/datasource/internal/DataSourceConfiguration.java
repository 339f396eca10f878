package io.pursight.datasource.internal;

import java.time.Duration;

import io.pursight.datasource.internal.jdbc.ConnectionFactory;
import io.pursight.datasource.internal.jdbc.ConnectionTester;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain-Java JDBC parts of the module. */
@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {

	/** Every connection to a source goes through the guard first. */
	@Bean
	ConnectionFactory connectionFactory(@Value("${pursight.sources.connect-timeout}") Duration connectTimeout,
			@Value("${pursight.sources.read-timeout:5m}") Duration readTimeout, SourceGuard guard) {
		return new ConnectionFactory(connectTimeout, readTimeout, guard);
	}

	@Bean
	ConnectionTester connectionTester(ConnectionFactory factory) {
		return new ConnectionTester(factory);
	}
}
