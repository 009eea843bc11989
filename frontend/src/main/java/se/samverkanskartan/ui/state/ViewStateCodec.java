package se.samverkanskartan.ui.state;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.vaadin.flow.router.QueryParameters;

import se.samverkanskartan.ui.api.NetworkFilter;
import se.samverkanskartan.ui.map.MapLayout;

/**
 * A view as URL query parameters and back, so that any view can be shared as a link, e.g.
 * {@code /?asOf=2024-06-01&hr=hr-sodra&kind=HOSPITAL,FLOW&gap=STATED&focus=hospital-sus&depth=2&layout=geographic}.
 * Unknown or malformed parameters are ignored rather than failing the page.
 */
public final class ViewStateCodec {

	private ViewStateCodec() {
	}

	public static QueryParameters toQuery(ViewState state) {
		Map<String, List<String>> params = new LinkedHashMap<>();
		put(params, "asOf", state.asOf() == null ? null : state.asOf().toString());
		put(params, "from", state.compareFrom() == null ? null : state.compareFrom().toString());
		put(params, "hr", join(state.filter().healthcareRegions()));
		put(params, "region", join(state.filter().regions()));
		put(params, "kind", join(state.filter().kinds()));
		put(params, "care", join(state.filter().careAreas()));
		put(params, "status", join(state.filter().agreementStatuses()));
		put(params, "gap", join(state.filter().gaps()));
		put(params, "layout", state.layout() == MapLayout.DEFAULT ? null : state.layout().clientName());
		put(params, "group", state.grouped() ? null : "0");
		put(params, "focus", state.focus());
		put(params, "depth", state.depth() > 0 ? String.valueOf(state.depth()) : null);
		return new QueryParameters(params);
	}

	public static ViewState fromQuery(QueryParameters query) {
		Map<String, List<String>> p = query.getParameters();
		NetworkFilter filter = new NetworkFilter(split(p, "hr"), split(p, "region"), split(p, "kind"),
				split(p, "care"), split(p, "status"), split(p, "gap"));
		return new ViewState(date(p, "asOf"), date(p, "from"), filter,
				MapLayout.parse(first(p, "layout"), MapLayout.DEFAULT), !"0".equals(first(p, "group")),
				first(p, "focus"), integer(p, "depth"), Map.of());
	}

	private static void put(Map<String, List<String>> params, String key, String value) {
		if (value != null && !value.isBlank()) {
			params.put(key, List.of(value));
		}
	}

	private static String join(Set<String> values) {
		return values.isEmpty() ? null : String.join(",", new TreeSet<>(values));
	}

	private static String first(Map<String, List<String>> p, String key) {
		List<String> values = p.get(key);
		return values == null || values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst();
	}

	private static Set<String> split(Map<String, List<String>> p, String key) {
		String value = first(p, key);
		return value == null ? Set.of()
				: Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
	}

	private static LocalDate date(Map<String, List<String>> p, String key) {
		try {
			String value = first(p, key);
			return value == null ? null : LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static int integer(Map<String, List<String>> p, String key) {
		try {
			String value = first(p, key);
			return value == null ? 0 : Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}
}
