package se.samverkanskartan.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.util.LinkedMultiValueMap;
import reactor.core.publisher.Mono;

class TimeLimitTest {

	@Test
	void aRequestRunningTooLongIsStoppedWithAnErrorNamingTheLimit() {
		WebGraphQlRequest request = new WebGraphQlRequest(URI.create("http://localhost/graphql"), new HttpHeaders(),
				new LinkedMultiValueMap<>(), Map.of(), Map.of("query", "{ network { nodes { id } } }"), "1", Locale.ROOT);
		WebGraphQlResponse response = new TimeLimit(Duration.ofMillis(50)).intercept(request, next -> Mono.never())
			.block(Duration.ofSeconds(5));
		assertThat(response).isNotNull();
		ResponseError error = response.getErrors().getFirst();
		assertThat(error.getMessage()).contains("'timeout'").contains("50 ms");
		assertThat(error.getExtensions()).containsEntry("limit", "timeout");
		assertThat(LimitExceeded.status("timeout")).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
	}

}
