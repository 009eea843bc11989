package se.samverkanskartan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The credentials the tests use: the development users, two API keys configured (as hashes) by
 * {@link GraphApplicationTest}, and bearer JWTs signed with a test key whose public half the application trusts.
 */
public final class TestCredentials {

	public static final String VIEWER_KEY = "test-viewer-key-7f3a9c1e5b2d4f608a1c3e5f7b9d0a2c";

	/** {@code printf %s "$VIEWER_KEY" | sha256sum}, as the README tells operators to make it. */
	public static final String VIEWER_KEY_SHA256 = "eca84d6d5511091587ea2f44c9a4510df3c3c34d9c31cb444010a357d942c691";

	public static final String EDITOR_KEY = "test-editor-key-1b2c3d4e5f60718293a4b5c6d7e8f901";

	public static final String EDITOR_KEY_SHA256 = "7d50706f64695f9fff3c4e16f38587465c550ea73b45babc92320ec79e8c3bfe";

	public static final String JWT_PUBLIC_KEY = "classpath:security/jwt-test-public.pem";

	private TestCredentials() {
	}

	public static Consumer<HttpHeaders> viewerKey() {
		return headers -> headers.set("X-API-Key", VIEWER_KEY);
	}

	public static Consumer<HttpHeaders> editorKey() {
		return headers -> headers.set(HttpHeaders.AUTHORIZATION, "ApiKey " + EDITOR_KEY);
	}

	public static Consumer<HttpHeaders> basic(String user, String password) {
		return headers -> headers.setBasicAuth(user, password);
	}

	public static Consumer<HttpHeaders> bearer(String token) {
		return headers -> headers.setBearerAuth(token);
	}

	public static Consumer<HttpHeaders> anonymous() {
		return headers -> {
		};
	}

	/** A tester for the API on the port, sending the given credentials with every request. */
	public static HttpGraphQlTester graphQl(int port, Consumer<HttpHeaders> credentials) {
		return HttpGraphQlTester.create(WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port + "/graphql")
			.defaultHeaders(credentials)
			.responseTimeout(Duration.ofSeconds(30))
			.build());
	}

	/** A JWT signed with the test key, valid for five minutes, with the roles in the {@code roles} claim. */
	public static String jwt(String subject, List<String> roles) {
		try {
			JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(subject)
				.issueTime(new Date())
				.expirationTime(Date.from(Instant.now().plusSeconds(300)))
				.claim("roles", roles)
				.build();
			SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
			jwt.sign(new RSASSASigner(privateKey()));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static PrivateKey privateKey() {
		try {
			String pem = new ClassPathResource("security/jwt-test-private.pem").getContentAsString(StandardCharsets.US_ASCII);
			byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
			return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
