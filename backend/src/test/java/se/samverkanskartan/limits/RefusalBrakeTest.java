package se.samverkanskartan.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The brake on a client that keeps being refused: who is slowed, after how many refusals, and for how long. */
class RefusalBrakeTest {

	private final AtomicLong now = new AtomicLong();

	private final List<Duration> waits = new ArrayList<>();

	private final RefusalBrake brake = new RefusalBrake(new ApiLimits.Brake(3, Duration.ofSeconds(10),
			Duration.ofSeconds(1)), "/graphql", this.now::get, this.waits::add);

	@Test
	void aClientRefusedAgainAndAgainWaitsBeforeEachFurtherRequestAndOthersDoNot() throws Exception {
		for (int i = 0; i < 3; i++) {
			send("viewer", HttpServletResponse.SC_BAD_REQUEST);
		}
		assertThat(this.waits).as("the refusals themselves are not slowed").isEmpty();

		send("viewer", HttpServletResponse.SC_OK);
		send("editor", HttpServletResponse.SC_OK);
		send("viewer", 413);

		assertThat(this.waits).as("the refused client's next two requests, not the other client's")
			.containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
	}

	@Test
	void requestsThatAreAnsweredDoNotCount() throws Exception {
		for (int i = 0; i < 10; i++) {
			send("viewer", HttpServletResponse.SC_OK);
		}
		assertThat(this.waits).isEmpty();
	}

	@Test
	void theBrakeIsReleasedWhenAWindowPassesWithFewerRefusals() throws Exception {
		for (int i = 0; i < 3; i++) {
			send("viewer", HttpServletResponse.SC_BAD_REQUEST);
		}
		this.now.addAndGet(Duration.ofSeconds(11).toNanos());
		send("viewer", HttpServletResponse.SC_OK);
		assertThat(this.waits).isEmpty();
	}

	@Test
	void otherPathsAreNeverSlowed() throws Exception {
		for (int i = 0; i < 5; i++) {
			MockHttpServletRequest request = request("viewer");
			request.setRequestURI("/import/CareArea");
			this.brake.doFilter(request, new MockHttpServletResponse(), answering(HttpServletResponse.SC_BAD_REQUEST));
		}
		assertThat(this.waits).isEmpty();
	}

	private void send(String user, int status) throws Exception {
		this.brake.doFilter(request(user), new MockHttpServletResponse(), answering(status));
	}

	private static MockHttpServletRequest request(String user) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql");
		request.setRemoteAddr("10.0.0.7");
		request.addHeader("Authorization", "Basic " + user);
		return request;
	}

	private static MockFilterChain answering(int status) {
		return new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
			@Override
			protected void service(jakarta.servlet.http.HttpServletRequest req, HttpServletResponse resp) {
				resp.setStatus(status);
			}
		});
	}

}
