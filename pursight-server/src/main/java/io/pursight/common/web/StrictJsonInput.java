package io.pursight.common.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/**
 * Request bodies must use the JSON type of each field: Jackson would otherwise store
 * {@code "name": 42} as the text "42" and {@code "port": 1.5} as 1. Text that spells a number
 * ({@code "port": "5432"}) stays accepted, as form-backed clients send it.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonInput {

	@Bean
	JsonMapperBuilderCustomizer strictScalarCoercion() {
		return builder -> builder
				.withCoercionConfig(LogicalType.Textual, text -> text
						.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
				.withCoercionConfig(LogicalType.Integer, whole -> whole
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail));
	}
}
