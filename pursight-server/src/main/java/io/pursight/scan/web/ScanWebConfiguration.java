package io.pursight.scan.web;

import java.util.UUID;

import io.pursight.scan.ScanRunId;
import io.swagger.v3.oas.models.media.UUIDSchema;
import org.springdoc.core.customizers.ParameterCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Run ids as path variables, documented as the UUIDs they are (in bodies and in paths). */
@Configuration(proxyBeanMethods = false)
class ScanWebConfiguration implements WebMvcConfigurer {

	static {
		SpringDocUtils.getConfig().replaceWithClass(ScanRunId.class, UUID.class);
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(String.class, ScanRunId.class, ScanRunId::of);
	}

	@Bean
	ParameterCustomizer scanRunIdParameters() {
		return (parameter, methodParameter) -> {
			if (parameter != null && methodParameter.getParameterType() == ScanRunId.class) {
				parameter.setSchema(new UUIDSchema());
			}
			return parameter;
		};
	}
}
