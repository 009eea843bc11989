package se.samverkanskartan.graph;

import java.util.Map;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Which facts the current caller may see. Facts marked internal ({@code internal: true}) and draft agreements are
 * for editors and administrators only. Every read adds {@link #node} or {@link #relation} to its Cypher and binds
 * {@link #PARAMETER} from {@link #seeInternal()}, so the rule holds in the database query itself, for the API and
 * the UI alike, whatever a client asks for.
 */
public final class Visibility {

	/** The Cypher parameter that says whether the caller may see internal facts. */
	public static final String PARAMETER = "seeInternal";

	/** The roles that see internal facts; ADMIN is listed since authorities carry no role hierarchy. */
	private static final Set<String> SEEING = Set.of("ROLE_EDITOR", "ROLE_ADMIN");

	private Visibility() {
	}

	/**
	 * The Cypher condition "node {@code x} is visible to the caller". An agreement without a status is not a draft:
	 * the coalesce keeps a missing status from making the whole condition null, which would hide it.
	 */
	public static String node(String x) {
		return ("($seeInternal OR NOT (coalesce(%1$s.internal, false)"
				+ " OR (%1$s.kind = 'AGREEMENT' AND coalesce(%1$s.status, '') = 'DRAFT')))").formatted(x);
	}

	/** The Cypher condition "relationship {@code r} is visible to the caller" (its ends are checked as nodes). */
	public static String relation(String r) {
		return "($seeInternal OR NOT coalesce(%s.internal, false))".formatted(r);
	}

	/** Whether the caller of the current request may see internal facts: an editor or an administrator. */
	public static boolean seeInternal() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated() && authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(SEEING::contains);
	}

	/** Whether stored properties make a node or relationship internal, by the same rule as {@link #node}. */
	public static boolean isInternal(Map<String, ?> properties) {
		return Boolean.TRUE.equals(properties.get("internal"))
				|| "AGREEMENT".equals(properties.get("kind")) && "DRAFT".equals(properties.get("status"));
	}

}
