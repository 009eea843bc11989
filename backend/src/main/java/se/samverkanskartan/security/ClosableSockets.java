package se.samverkanskartan.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.graphql.server.webmvc.GraphQlWebSocketHandler;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;

/**
 * Spring for GraphQL's WebSocket handler, with the session among its own attributes, so that {@link
 * SocketCredentials} can close a refused socket with graphql-ws's code for the case (4401 or 4403) and the reason;
 * the handler itself closes every refused {@code connection_init} with 4401 "Unauthorized".
 */
final class ClosableSockets extends GraphQlWebSocketHandler {

	private static final Logger log = LoggerFactory.getLogger(ClosableSockets.class);

	private static final String SESSION = ClosableSockets.class.getName() + ".SESSION";

	/** The longest close reason the WebSocket protocol allows, in bytes of UTF-8. */
	private static final int MAX_REASON = 123;

	ClosableSockets(WebGraphQlHandler handler, HttpMessageConverter<Object> json, Duration initTimeout,
			@Nullable Duration keepAlive) {
		super(handler, json, initTimeout, keepAlive);
	}

	@Override
	public void afterConnectionEstablished(WebSocketSession session) {
		session.getAttributes().put(SESSION, session);
		super.afterConnectionEstablished(session);
	}

	/** Closes the socket of the session with the code and as much of the reason as a close frame holds. */
	static void close(WebSocketSessionInfo info, int code, String reason) {
		if (info.getAttributes().get(SESSION) instanceof WebSocketSession session) {
			try {
				session.close(new CloseStatus(code, fitted(reason)));
			}
			catch (IOException ex) {
				log.debug("Could not close WebSocket {}", info.getId(), ex);
			}
		}
	}

	private static String fitted(String reason) {
		if (reason.getBytes(StandardCharsets.UTF_8).length <= MAX_REASON) {
			return reason;
		}
		String cut = reason;
		// Room for the ellipsis, three bytes.
		while (cut.getBytes(StandardCharsets.UTF_8).length > MAX_REASON - 3) {
			cut = cut.substring(0, cut.length() - 1);
		}
		return cut + "…";
	}

}
