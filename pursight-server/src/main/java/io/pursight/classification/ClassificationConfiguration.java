package io.pursight.classification;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The classification module's configuration: its settings, bound and checked at start. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClassificationSettings.class)
class ClassificationConfiguration {
}
