package se.samverkanskartan.ui.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.core.io.ClassPathResource;

/**
 * The machine credentials of the tests on the shipped application, copied from the backend's test fixture (the
 * frontend module cannot see the backend's test classes): an API key configured by its SHA-256, as the README
 * says, and bearer JWTs signed with a test key whose public half {@link #JWT_PUBLIC_KEY} the application trusts.
 */
public final class TestCredentials {

	public static final String VIEWER_KEY = "test-viewer-key-7f3a9c1e5b2d4f608a1c3e5f7b9d0a2c";

	/** {@code printf %s "$VIEWER_KEY" | sha256sum}, as the README tells operators to make it. */
	public static final String VIEWER_KEY_SHA256 = "eca84d6d5511091587ea2f44c9a4510df3c3c34d9c31cb444010a357d942c691";

	public static final String JWT_PUBLIC_KEY = "classpath:security/jwt-test-public.pem";

	private TestCredentials() {
	}

	/** The README's command-line arguments that configure {@link #VIEWER_KEY} as the key {@code name}. */
	public static String[] viewerKeyArguments(String name) {
		return new String[] { "--samverkanskartan.security.api-keys[0].name=" + name,
				"--samverkanskartan.security.api-keys[0].sha256=" + VIEWER_KEY_SHA256,
				"--samverkanskartan.security.api-keys[0].roles=VIEWER" };
	}

	/** A JWT signed with the trusted test key, valid for five minutes. */
	public static String jwt(String subject, List<String> roles) {
		return jwt(subject, roles, Instant.now().plusSeconds(300), trustedKey());
	}

	/** A JWT signed with the trusted key that expired an hour ago. */
	public static String expiredJwt(String subject, List<String> roles) {
		return jwt(subject, roles, Instant.now().minusSeconds(3600), trustedKey());
	}

	/** A well-formed, unexpired JWT signed with a key the application has never seen. */
	public static String foreignJwt(String subject, List<String> roles) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return jwt(subject, roles, Instant.now().plusSeconds(300), generator.generateKeyPair().getPrivate());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String jwt(String subject, List<String> roles, Instant expires, PrivateKey key) {
		try {
			JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(subject)
				.issueTime(Date.from(expires.minusSeconds(600)))
				.expirationTime(Date.from(expires))
				.claim("roles", roles)
				.build();
			SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
			jwt.sign(new RSASSASigner(key));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static PrivateKey trustedKey() {
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
