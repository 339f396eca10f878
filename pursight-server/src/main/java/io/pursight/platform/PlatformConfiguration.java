package io.pursight.platform;

import java.util.concurrent.ThreadPoolExecutor;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Binds the settings the whole application shares, so modules inject them instead of reading keys, and gives
 * asynchronous event listeners their threads.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StorageSettings.class)
class PlatformConfiguration {

	/** Threads for asynchronous event listeners; their events wait in a queue of {@link #EVENT_QUEUE}. */
	static final int EVENT_THREADS = 4;
	static final int EVENT_QUEUE = 10_000;

	/**
	 * The executor of asynchronous event listeners ({@code @ApplicationModuleListener}). Without a bean of this
	 * name, the WebSocket broker's own executors make Spring Boot leave its default out, and Spring then starts
	 * a new thread for every event. A full queue runs the listener on the publishing thread, which slows the
	 * publisher instead of dropping or piling up events; an event that never ran is published again from the
	 * store's event publication registry.
	 */
	@Bean(name = "taskExecutor", destroyMethod = "shutdown")
	ThreadPoolTaskExecutor taskExecutor() {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(EVENT_THREADS);
		executor.setMaxPoolSize(EVENT_THREADS);
		executor.setQueueCapacity(EVENT_QUEUE);
		executor.setRejectedExecutionHandler(new ThreadPoolExecutor.CallerRunsPolicy());
		executor.setThreadNamePrefix("event-");
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds(10);
		return executor;
	}
}
