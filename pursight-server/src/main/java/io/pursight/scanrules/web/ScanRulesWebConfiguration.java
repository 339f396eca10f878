package io.pursight.scanrules.web;

import java.util.UUID;

import io.pursight.scanrules.ScanRuleSetId;
import io.pursight.scanrules.ScanScheduleId;
import io.swagger.v3.oas.models.media.UUIDSchema;
import org.springdoc.core.customizers.ParameterCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Rule set and schedule ids as path variables and parameters, documented as the UUIDs they are. */
@Configuration(proxyBeanMethods = false)
class ScanRulesWebConfiguration implements WebMvcConfigurer {

	static {
		SpringDocUtils.getConfig().replaceWithClass(ScanRuleSetId.class, UUID.class);
		SpringDocUtils.getConfig().replaceWithClass(ScanScheduleId.class, UUID.class);
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(String.class, ScanRuleSetId.class, ScanRuleSetId::of);
		registry.addConverter(String.class, ScanScheduleId.class, ScanScheduleId::of);
	}

	@Bean
	ParameterCustomizer scanRulesIdParameters() {
		return (parameter, methodParameter) -> {
			Class<?> type = methodParameter.getParameterType();
			if (parameter != null && (type == ScanRuleSetId.class || type == ScanScheduleId.class)) {
				parameter.setSchema(new UUIDSchema());
			}
			return parameter;
		};
	}
}
