package io.pursight.scan.web;

import io.pursight.access.LiveTopic;
import io.pursight.scan.internal.ScanRunChanges;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.simp.SimpMessageSendingOperations;
import org.springframework.messaging.simp.user.SimpUserRegistry;

/** Live scan run updates: the topic subscribers may use, and what publishes to it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LiveScanRunSettings.class)
class LiveScanRunConfiguration {

	@Bean
	LiveTopic scanRunsTopic() {
		return ScanRunBroadcaster.TOPIC;
	}

	/** Inert where no WebSocket broker runs (a module test boots scan without access's WebSocket). */
	@Bean
	ScanRunBroadcaster scanRunBroadcaster(ScanRunChanges changes, ObjectProvider<SimpMessageSendingOperations> messages,
			ObjectProvider<SimpUserRegistry> subscribers, LiveScanRunSettings settings) {
		return new ScanRunBroadcaster(changes, messages.getIfAvailable(), subscribers.getIfAvailable(), settings);
	}
}
