package io.pursight.access.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the permission check in front of every API operation. */
@Configuration(proxyBeanMethods = false)
class AccessWebConfiguration implements WebMvcConfigurer {

	private final PermissionCheck permissionCheck;

	AccessWebConfiguration(PermissionCheck permissionCheck) {
		this.permissionCheck = permissionCheck;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(permissionCheck).addPathPatterns("/api/**").order(0);
	}
}
