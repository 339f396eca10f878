package io.pursight.platform.web;

import java.util.Set;
import java.util.UUID;

import io.pursight.common.AssetId;
import io.pursight.common.DataSourceId;
import io.pursight.common.UserId;
import io.pursight.common.WorkspaceId;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.UUIDSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.ParameterCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document: every operation needs a bearer token unless it says otherwise; typed ids are UUIDs. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String BEARER = "bearer";
	private static final Set<Class<?>> ID_TYPES = Set.of(WorkspaceId.class, DataSourceId.class, AssetId.class, UserId.class);

	static {
		SpringDocUtils.getConfig()
				.replaceWithClass(WorkspaceId.class, UUID.class)
				.replaceWithClass(DataSourceId.class, UUID.class)
				.replaceWithClass(AssetId.class, UUID.class)
				.replaceWithClass(UserId.class, UUID.class);
	}

	@Bean
	OpenAPI pursightOpenApi() {
		return new OpenAPI()
				.info(new Info().title("PurSight API").version("v1")
						.description("Data governance: sources, discovery, catalog, workspaces and access. "
								+ "Log in with POST /api/v1/auth/login and send the access token as a bearer token. "
								+ "Errors are RFC 9457 problem documents whose `type` is `urn:pursight:problem:<slug>`.")
						.license(new License().name("Apache-2.0")))
				.components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
						.type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
				.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}

	/**
	 * Typed ids in paths and query strings are UUIDs too: springdoc documents them as plain strings
	 * because a String converter exists for them, so the replacements above do not reach parameters.
	 */
	@Bean
	ParameterCustomizer typedIdParameters() {
		return (parameter, methodParameter) -> {
			if (parameter != null && ID_TYPES.contains(methodParameter.getParameterType())) {
				parameter.setSchema(new UUIDSchema());
			}
			return parameter;
		};
	}
}
