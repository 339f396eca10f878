package io.pursight.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo data ({@code pursight.demo.*}).
 *
 * @param enabled generate, register and discover the demo database in the default workspace at start
 */
@ConfigurationProperties("pursight.demo")
record DemoSettings(@DefaultValue("true") boolean enabled) {
}
