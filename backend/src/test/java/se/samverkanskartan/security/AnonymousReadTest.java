package se.samverkanskartan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;

import se.samverkanskartan.GraphApplicationTest;
import se.samverkanskartan.TestCredentials;

/** With anonymous read switched on (a presentation screen): anyone reads public facts, nobody writes anonymously. */
@GraphApplicationTest
@TestPropertySource(properties = "samverkanskartan.security.anonymous-read=true")
class AnonymousReadTest {

	@LocalServerPort
	int port;

	@Test
	void anonymousCallersReadPublicFactsButNotInternalOnes() {
		HttpGraphQlTester anonymous = TestCredentials.graphQl(this.port, TestCredentials.anonymous());
		anonymous.documentName("nodeWithEvidence").variable("id", "hospital-sus").execute()
			.path("node.name").entity(String.class).isEqualTo("Skånes universitetssjukhus");
		String hidden = TestCredentials.graphQl(this.port, TestCredentials.editorKey()).documentName("createNode")
			.variable("input", Map.of("kind", "CARE_AREA", "name", "Internt vid visning", "internal", true))
			.execute().path("createNode.id").entity(String.class).get();
		anonymous.documentName("nodeWithEvidence").variable("id", hidden).execute().path("node").valueIsNull();
	}

	@Test
	void anonymousCallersNeverWrite() {
		TestCredentials.graphQl(this.port, TestCredentials.anonymous()).documentName("createNode")
			.variable("input", Map.of("kind", "CARE_AREA", "name", "Anonym ändring")).execute()
			.errors().satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("UNAUTHORIZED")));
	}

	@Test
	void wrongCredentialsAreStillRefused() {
		assertThatThrownBy(() -> TestCredentials.graphQl(this.port, TestCredentials.basic("editor", "not-the-password"))
			.documentName("nodeWithEvidence").variable("id", "hospital-sus").execute())
			.hasMessageContaining("401");
	}

}
