package io.pursight.access.internal;

import java.nio.file.Path;
import java.time.Duration;
import javax.crypto.spec.SecretKeySpec;

import io.pursight.common.KeyMaterial;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * HTTP security: stateless bearer tokens, everything authenticated except login, refresh,
 * probes and the API documentation. Fine-grained permissions are checked per operation by
 * {@link PermissionCheck}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String ISSUER = "pursight";

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, ProblemAuthenticationEntryPoint problems,
			@Value("${pursight.security.public-metrics:false}") boolean publicMetrics) throws Exception {
		http.csrf(csrf -> csrf.disable())
				.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.httpBasic(b -> b.disable())
				.formLogin(f -> f.disable())
				.logout(l -> l.disable())
				.requestCache(c -> c.disable())
				.authorizeHttpRequests(auth -> {
					auth.requestMatchers(HttpMethod.POST, "/api/v1/auth/login", "/api/v1/auth/refresh").permitAll()
							.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
							.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
							.permitAll()
							.requestMatchers("/error").permitAll();
					if (publicMetrics) {
						auth.requestMatchers("/actuator/prometheus").permitAll();
					}
					else {
						auth.requestMatchers("/actuator/prometheus").hasAuthority(PLATFORM_ADMIN);
					}
					auth.requestMatchers("/api/**").authenticated().anyRequest().denyAll();
				})
				.oauth2ResourceServer(rs -> rs.jwt(jwt -> jwt.jwtAuthenticationConverter(TokenAuthorities::convert))
						.authenticationEntryPoint(problems)
						.accessDeniedHandler(problems))
				.exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		return http.build();
	}

	static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";

	@Bean
	TokenKey tokenKey(@Value("${pursight.security.jwt-secret:}") String configured,
			@Value("${pursight.data-dir}") Path dataDir) {
		return new TokenKey(new SecretKeySpec(KeyMaterial.loadOrCreate(configured, dataDir.resolve("jwt.key"), 32,
				"JWT signing key"), "HmacSHA256"));
	}

	@Bean
	JwtDecoder jwtDecoder(TokenKey key) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(key.secret()).macAlgorithm(MacAlgorithm.HS256).build();
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
				new JwtTimestampValidator(Duration.ofSeconds(5)),
				new JwtIssuerValidator(ISSUER),
				new JwtClaimValidator<String>("typ", "access"::equals)));
		return decoder;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
	}

	record TokenKey(SecretKeySpec secret) {
	}
}
