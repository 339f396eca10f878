package io.pursight.access.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.pursight.access.Actor;
import io.pursight.access.LiveTopic;
import io.pursight.common.Problem;
import io.pursight.common.WorkspaceId;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Component;

/**
 * Authentication and authorization of the live-updates WebSocket, deny by default, with the same
 * access tokens and checks as the REST API:
 * <ul>
 * <li>CONNECT must carry {@code Authorization: Bearer <access token>}, verified by the same decoder
 * as an HTTP request (signature, expiry, type, session not ended); otherwise an ERROR frame and the
 * connection is closed. The header is removed from the frame once read.</li>
 * <li>SUBSCRIBE is allowed only to a declared {@link LiveTopic} of one workspace, in its canonical
 * form (no wildcard), for a member holding the topic's permission. The token is verified again and
 * the role read fresh from the store on every SUBSCRIBE, so an expired or revoked token, a disabled
 * account or a lost role refuses new subscriptions.</li>
 * <li>SEND is refused: only the server publishes.</li>
 * <li>Outbound, a message for a session whose token has expired or whose session has ended is not
 * delivered: the client gets an ERROR frame instead and the connection is closed, so it must
 * reconnect with a fresh token. The same happens to a subscriber who lost its membership or the
 * topic's permission, checked again at most {@code pursight.security.session-check-cache} apart.</li>
 * </ul>
 * A refusal answers one sentence that names no workspace, so that it reveals none.
 */
@Component
class StompAuthorization implements ChannelInterceptor {

	static final String AUTHORIZATION = "Authorization";
	private static final String BEARER = "bearer ";

	private final JwtDecoder tokens;
	private final AccessControl access;
	private final PermissionCatalog catalog;
	private final SessionRevocations sessions;
	private final List<LiveTopic> topics;
	/** The verified token of each connected WebSocket session, by its STOMP session id. */
	private final Map<String, Jwt> connected = new ConcurrentHashMap<>();
	/** Whether a session may still follow a destination, by "session destination", briefly. */
	private final Cache<String, Boolean> recheck;

	StompAuthorization(JwtDecoder tokens, AccessControl access, PermissionCatalog catalog, SessionRevocations sessions,
			List<LiveTopic> topics, SecuritySettings settings) {
		this.recheck = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(settings.sessionCheckCache()).build();
		this.tokens = tokens;
		this.access = access;
		this.catalog = catalog;
		this.sessions = sessions;
		this.topics = List.copyOf(topics);
		for (LiveTopic topic : this.topics) {
			if (!catalog.get(topic.permission()).scope().inWorkspace()) {
				throw new IllegalStateException("The live topic " + topic.destination() + " requires "
						+ topic.permission() + ", which is not a workspace permission");
			}
		}
	}

	/** Frames from clients. */
	@Override
	public Message<?> preSend(Message<?> message, MessageChannel channel) {
		StompHeaderAccessor stomp = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
		if (stomp == null) {
			stomp = StompHeaderAccessor.wrap(message);
		}
		StompCommand command = stomp.getCommand();
		if (command == null) {
			return stomp.getMessageType() == SimpMessageType.HEARTBEAT ? message : refuse("Unknown frame.");
		}
		String session = stomp.getSessionId();
		return switch (command) {
			case CONNECT, STOMP -> connect(message, stomp, session);
			case SUBSCRIBE -> {
				authorize(stomp.getDestination(), verified(session));
				yield message;
			}
			case DISCONNECT -> {
				if (session != null) {
					connected.remove(session);
				}
				yield message;
			}
			case UNSUBSCRIBE, ACK, NACK -> {
				// only of a connected session; giving a subscription up needs no valid token
				if (session == null || !connected.containsKey(session)) {
					refuse("Connect with an access token first.");
				}
				yield message;
			}
			case SEND -> refuse("Clients may not send: only the server publishes to topics.");
			default -> refuse("This frame is not accepted here.");
		};
	}

	private Message<?> connect(Message<?> message, StompHeaderAccessor stomp, String session) {
		String header = stomp.getFirstNativeHeader(AUTHORIZATION);
		if (header == null) {
			header = stomp.getFirstNativeHeader(AUTHORIZATION.toLowerCase());
		}
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return refuse("Send your access token in the Authorization header of CONNECT: Bearer <token>.");
		}
		Jwt jwt = decode(header.substring(BEARER.length()).trim());
		if (session == null) {
			return refuse("No session.");
		}
		stomp.removeNativeHeader(AUTHORIZATION);
		stomp.removeNativeHeader(AUTHORIZATION.toLowerCase());
		stomp.setUser(TokenAuthorities.convert(jwt));
		connected.put(session, jwt);
		return message;
	}

	/** The session's token, verified again now: refused if it expired or its session ended since CONNECT. */
	private Jwt verified(String session) {
		Jwt jwt = session == null ? null : connected.get(session);
		if (jwt == null) {
			return refuse("Connect with an access token first.");
		}
		return decode(jwt.getTokenValue());
	}

	private Jwt decode(String token) {
		try {
			return tokens.decode(token);
		}
		catch (JwtException e) {
			// the decoder's reason may quote claims; the client only needs to know what to do
			return refuse("The access token is invalid, has expired or its session has ended: log in again.");
		}
	}

	private void authorize(String destination, Jwt jwt) {
		Boolean allowed = allows(destination, jwt);
		if (allowed == null) {
			refuse("No such topic: subscribe to /topic/workspaces/{workspaceId}/… as documented.");
		}
		if (!allowed) {
			refuse("You may not subscribe to this topic.");
		}
	}

	/**
	 * Whether the token's user may follow the destination now (account enabled, member with the
	 * topic's permission, read from the store); null if the destination is no topic's.
	 */
	private Boolean allows(String destination, Jwt jwt) {
		for (LiveTopic topic : topics) {
			WorkspaceId workspace = workspaceOf(topic, destination);
			if (workspace != null) {
				try {
					access.check(Actor.fromToken(jwt), catalog.get(topic.permission()), workspace);
					return true;
				}
				catch (Problem e) {
					return false;
				}
			}
		}
		return null;
	}

	/** The workspace the destination names in the topic's canonical form; null if it is not one of the topic's. */
	static WorkspaceId workspaceOf(LiveTopic topic, String destination) {
		if (destination == null) {
			return null;
		}
		int at = topic.destination().indexOf(LiveTopic.WORKSPACE_VARIABLE);
		String prefix = topic.destination().substring(0, at);
		String suffix = topic.destination().substring(at + LiveTopic.WORKSPACE_VARIABLE.length());
		if (!destination.startsWith(prefix) || !destination.endsWith(suffix)
				|| destination.length() <= prefix.length() + suffix.length()) {
			return null;
		}
		String value = destination.substring(prefix.length(), destination.length() - suffix.length());
		try {
			WorkspaceId workspace = new WorkspaceId(UUID.fromString(value));
			return topic.in(workspace).equals(destination) ? workspace : null;
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	/**
	 * The check of messages to clients: a message for a session whose token expired or whose session
	 * ended becomes an ERROR frame, which closes the connection.
	 */
	ChannelInterceptor outbound() {
		return new ChannelInterceptor() {
			@Override
			public Message<?> preSend(Message<?> message, MessageChannel channel) {
				if (SimpMessageHeaderAccessor.getMessageType(message.getHeaders()) != SimpMessageType.MESSAGE) {
					return message;
				}
				String session = SimpMessageHeaderAccessor.getSessionId(message.getHeaders());
				Jwt jwt = session == null ? null : connected.get(session);
				if (jwt == null || !stillValid(jwt)) {
					return end(session, "The access token has expired or its session has ended: connect again with a new one.");
				}
				String destination = SimpMessageHeaderAccessor.getDestination(message.getHeaders());
				if (!stillAllowed(session, destination, jwt)) {
					return end(session, "You may no longer follow this topic.");
				}
				return message;
			}
		};
	}

	/** An ERROR frame for the session instead of the message: the connection is closed once it is sent. */
	private Message<byte[]> end(String session, String reason) {
		if (session != null) {
			connected.remove(session);
		}
		StompHeaderAccessor error = StompHeaderAccessor.create(StompCommand.ERROR);
		error.setSessionId(session);
		error.setMessage(reason);
		return MessageBuilder.createMessage(new byte[0], error.getMessageHeaders());
	}

	/**
	 * Whether the subscriber may still follow the destination: the role is read again at most once
	 * per {@code pursight.security.session-check-cache} and session, so that a member removed from a
	 * workspace, or whose role lost the permission, stops receiving within that time.
	 */
	private boolean stillAllowed(String session, String destination, Jwt jwt) {
		// a store that cannot answer throws: this message is not delivered and nothing is remembered
		return Boolean.TRUE.equals(recheck.get(session + " " + destination,
				key -> Boolean.TRUE.equals(allows(destination, jwt))));
	}

	private boolean stillValid(Jwt jwt) {
		Instant expiry = jwt.getExpiresAt();
		UUID session = ActiveSessionValidator.sessionOf(jwt);
		return expiry != null && expiry.isAfter(Instant.now()) && session != null && sessions.isAlive(session);
	}

	private static <T> T refuse(String reason) {
		// no message attached: a refused CONNECT still carries its token
		throw new MessageDeliveryException(reason);
	}
}
