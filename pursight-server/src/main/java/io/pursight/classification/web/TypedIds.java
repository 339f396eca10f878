package io.pursight.classification.web;

import java.util.Set;
import java.util.UUID;

import io.pursight.classification.ClassificationId;
import io.pursight.classification.RuleId;
import io.swagger.v3.oas.models.media.UUIDSchema;
import org.springdoc.core.customizers.ParameterCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The module's typed ids in paths: parsed from their UUID text (a malformed one is a 400 that says
 * a UUID was expected) and documented as UUIDs in the OpenAPI document, like the common ids.
 */
@Configuration(proxyBeanMethods = false)
class TypedIds implements WebMvcConfigurer {

	private static final Set<Class<?>> ID_TYPES = Set.of(ClassificationId.class, RuleId.class);

	static {
		SpringDocUtils.getConfig().replaceWithClass(ClassificationId.class, UUID.class)
				.replaceWithClass(RuleId.class, UUID.class);
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(String.class, ClassificationId.class, ClassificationId::of);
		registry.addConverter(String.class, RuleId.class, RuleId::of);
	}

	@Bean
	ParameterCustomizer classificationIdParameters() {
		return (parameter, methodParameter) -> {
			if (parameter != null && ID_TYPES.contains(methodParameter.getParameterType())) {
				parameter.setSchema(new UUIDSchema());
			}
			return parameter;
		};
	}
}
