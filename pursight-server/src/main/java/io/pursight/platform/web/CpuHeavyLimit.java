package io.pursight.platform.web;

import io.pursight.platform.CpuHeavy;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Holds a {@link CpuHeavyBulkhead} permit for the duration of every {@link CpuHeavy} operation.
 * Ordered after the permission check, so that callers without the permission are refused
 * before they can take a permit.
 */
@Configuration(proxyBeanMethods = false)
class CpuHeavyLimit implements WebMvcConfigurer {

	private static final String PERMIT = CpuHeavyLimit.class.getName() + ".permit";

	private final CpuHeavyBulkhead bulkhead;

	CpuHeavyLimit(CpuHeavyBulkhead bulkhead) {
		this.bulkhead = bulkhead;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				if (handler instanceof HandlerMethod method && method.hasMethodAnnotation(CpuHeavy.class)) {
					request.setAttribute(PERMIT, bulkhead.enter());
				}
				return true;
			}

			@Override
			public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
					Exception failure) {
				if (request.getAttribute(PERMIT) instanceof CpuHeavyBulkhead.Permit permit) {
					request.removeAttribute(PERMIT);
					permit.close();
				}
			}
		}).addPathPatterns("/api/**").order(10);
	}
}
