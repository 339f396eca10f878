package io.pursight.platform.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Request bodies must use the JSON type of each field: Jackson would otherwise store
 * {@code "name": 42} as the text "42" and {@code "port": 1.5} as 1. Text that spells a number
 * ({@code "port": "5432"}) stays accepted, as form-backed clients send it. A key given twice in
 * one object is refused (Jackson would keep the last, so a filter and the code behind it could
 * read different values). Request bodies also refuse text with half a surrogate pair
 * ({@link WellFormedStrings}); that check is for input only, so stored JSON written from what a
 * source holds (an H2 column comment can carry a lone surrogate) still reads back.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonInput {

	@Bean
	JsonMapperBuilderCustomizer strictJsonReading() {
		return builder -> builder
				.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
				.withCoercionConfig(LogicalType.Textual, text -> text
						.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
				.withCoercionConfig(LogicalType.Integer, whole -> whole
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail));
	}

	/**
	 * Request and response bodies use the shared mapper plus the input-only checks. This runs after
	 * Spring Boot's own configurer (order 0), so its JSON converter is the one replaced.
	 */
	@Bean
	WebMvcConfigurer requestBodyMapper(JsonMapper shared) {
		JsonMapper requests = shared.rebuild().addModule(WellFormedStrings.module()).build();
		return new WebMvcConfigurer() {
			@Override
			public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
				builder.withJsonConverter(new JacksonJsonHttpMessageConverter(requests));
			}
		};
	}
}
