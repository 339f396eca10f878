package io.pursight.platform.web;

import io.pursight.common.AssetId;
import io.pursight.common.DataSourceId;
import io.pursight.common.UserId;
import io.pursight.common.WorkspaceId;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets controllers take typed ids as path variables and query parameters. */
@Configuration(proxyBeanMethods = false)
class IdConverters implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(String.class, WorkspaceId.class, WorkspaceId::of);
		registry.addConverter(String.class, DataSourceId.class, DataSourceId::of);
		registry.addConverter(String.class, AssetId.class, AssetId::of);
		registry.addConverter(String.class, UserId.class, UserId::of);
	}
}
