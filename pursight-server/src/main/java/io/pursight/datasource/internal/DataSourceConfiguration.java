package io.pursight.datasource.internal;

import java.net.InetAddress;

import io.pursight.datasource.DataSourceSettings;
import io.pursight.datasource.internal.jdbc.ConnectionFactory;
import io.pursight.datasource.internal.jdbc.ConnectionTester;
import io.pursight.platform.StorageSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binds the module's settings and wires the plain-Java parts: the guard and the JDBC access behind it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ DataSourceSettings.class, MasterKeySettings.class })
class DataSourceConfiguration {

	/** Decides where sources may point, with the settings an operator gave and the store it must keep out. */
	@Bean
	SourceGuard sourceGuard(DataSourceSettings settings, StorageSettings storage,
			@Value("${spring.datasource.url}") String storeUrl) {
		return new SourceGuard(settings.h2DirectoryIn(storage.dataDir()), storeUrl, settings.embeddedH2Enabled(),
				NetworkRules.parse(settings.network().allowed(), settings.network().denied()),
				H2FileResolver.ofThisProcess(), InetAddress::getAllByName);
	}

	/** Every connection to a source goes through the guard first. */
	@Bean
	ConnectionFactory connectionFactory(DataSourceSettings settings, SourceGuard guard) {
		return new ConnectionFactory(settings.connectTimeout(), settings.readTimeout(), guard);
	}

	@Bean
	ConnectionTester connectionTester(ConnectionFactory factory) {
		return new ConnectionTester(factory);
	}
}
