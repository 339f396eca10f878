package io.pursight.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an API operation whose work is bound by CPU (running a user's regex over many values,
 * for example): it runs under a permit of the {@link CpuHeavyBulkhead}, so that such operations
 * cannot occupy every processor. A request that gets no permit after a short wait is answered
 * 429 with {@code Retry-After}. The permit is taken after the permission check.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface CpuHeavy {
}
