package io.pursight.common.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/**
 * Request bodies must use the JSON type of each field: Jackson would otherwise store
 * {@code "name": 42} as the text "42" and {@code "port": 1.5} as 1. Text that spells a number
 * ({@code "port": "5432"}) stays accepted, as form-backed clients send it. A key given twice in
 * one object is refused (Jackson would keep the last, so a filter and the code behind it could
 * read different values), and so is text with half a surrogate pair ({@link WellFormedStrings}).
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonInput {

	@Bean
	JsonMapperBuilderCustomizer strictJsonReading() {
		return builder -> builder
				.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
				.addModule(WellFormedStrings.module())
				.withCoercionConfig(LogicalType.Textual, text -> text
						.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
				.withCoercionConfig(LogicalType.Integer, whole -> whole
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail));
	}
}
