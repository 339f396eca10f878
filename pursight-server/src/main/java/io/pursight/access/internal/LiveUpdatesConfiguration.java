package io.pursight.access.internal;

import io.pursight.access.LiveTopic;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;

/**
 * The live-updates WebSocket: STOMP over a plain WebSocket at {@value #ENDPOINT} (no SockJS), with
 * an in-process broker for {@code /topic/**}. The handshake itself is open (a browser cannot set
 * headers on it); authentication and authorization happen on the STOMP frames
 * ({@link StompAuthorization}). It lives in access because every frame is an access decision; the
 * modules only declare their {@link LiveTopic}s and publish to them. Replicas share no broker: each
 * module that publishes reads what changed from the shared store, so every replica's subscribers
 * see the same updates.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketMessageBroker
class LiveUpdatesConfiguration implements WebSocketMessageBrokerConfigurer {

	static final String ENDPOINT = "/api/v1/ws";

	private final StompAuthorization authorization;

	LiveUpdatesConfiguration(StompAuthorization authorization) {
		this.authorization = authorization;
	}

	@Override
	public void registerStompEndpoints(StompEndpointRegistry registry) {
		// same-origin browsers only (the default); non-browser clients send no Origin
		registry.addEndpoint(ENDPOINT);
	}

	@Override
	public void configureMessageBroker(MessageBrokerRegistry registry) {
		// no application destinations: nothing a client sends is handled, and SEND is refused anyway
		registry.enableSimpleBroker(LiveTopic.PREFIX.substring(0, LiveTopic.PREFIX.length() - 1));
	}

	@Override
	public void configureClientInboundChannel(ChannelRegistration registration) {
		registration.interceptors(authorization);
	}

	@Override
	public void configureClientOutboundChannel(ChannelRegistration registration) {
		registration.interceptors(authorization.outbound());
	}
}
