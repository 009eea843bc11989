package se.samverkanskartan.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns a verified bearer JWT into our roles, read from a configurable claim: a list, or a space- or
 * comma-separated string, optionally nested ({@code realm_access.roles}). Values other than VIEWER, EDITOR and
 * ADMIN are ignored, so an identity provider's own roles grant nothing here.
 */
final class JwtRoles implements Converter<Jwt, AbstractAuthenticationToken> {

	private final String rolesClaim;

	private final @Nullable String principalClaim;

	JwtRoles(SecurityProperties.Jwt settings) {
		this.rolesClaim = settings.rolesClaim();
		this.principalClaim = settings.principalClaim();
	}

	/** The check of bearer tokens from the decoder, with their roles read by this converter. */
	static JwtAuthenticationProvider provider(JwtDecoder decoder, SecurityProperties.Jwt settings) {
		JwtAuthenticationProvider tokens = new JwtAuthenticationProvider(decoder);
		tokens.setJwtAuthenticationConverter(new JwtRoles(settings));
		return tokens;
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		List<GrantedAuthority> authorities = values(claim(jwt.getClaims(), this.rolesClaim))
			.map(Role::of)
			.flatMap(Optional::stream)
			.distinct()
			.map(role -> (GrantedAuthority) role.authority())
			.toList();
		String name = this.principalClaim == null ? jwt.getSubject() : jwt.getClaimAsString(this.principalClaim);
		return new JwtAuthenticationToken(jwt, authorities, name == null ? jwt.getSubject() : name);
	}

	private static @Nullable Object claim(Map<String, Object> claims, String path) {
		Object value = claims;
		for (String part : path.split("\\.")) {
			if (!(value instanceof Map<?, ?> map)) {
				return null;
			}
			value = map.get(part);
		}
		return value;
	}

	private static Stream<String> values(@Nullable Object claim) {
		if (claim instanceof Collection<?> list) {
			return list.stream().map(String::valueOf);
		}
		if (claim instanceof String text) {
			return Stream.of(text.split("[\\s,]+")).filter(s -> !s.isBlank());
		}
		return Stream.empty();
	}

}
