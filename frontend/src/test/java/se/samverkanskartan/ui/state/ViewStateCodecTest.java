package se.samverkanskartan.ui.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.router.QueryParameters;

import se.samverkanskartan.ui.api.NetworkFilter;
import se.samverkanskartan.ui.map.MapLayout;

class ViewStateCodecTest {

	@Test
	void aViewSurvivesTheUrl() {
		ViewState view = new ViewState(LocalDate.of(2024, 6, 1), LocalDate.of(2023, 1, 1),
				new NetworkFilter(Set.of("hr-sodra"), Set.of("region-skane", "region-blekinge"), Set.of("HOSPITAL"),
						Set.of("care-urologi"), Set.of("STATED_MISSING"), Set.of("STATED", "DERIVED")),
				MapLayout.GEOGRAPHIC, false, "hospital-sus", 2, Map.of());

		ViewState back = ViewStateCodec.fromQuery(QueryParameters.fromString(ViewStateCodec.toQuery(view).getQueryString()));

		assertThat(back).isEqualTo(view);
	}

	@Test
	void theInitialViewHasAnEmptyQuery() {
		assertThat(ViewStateCodec.toQuery(ViewState.INITIAL).getParameters()).isEmpty();
	}

	@Test
	void malformedParametersAreIgnored() {
		ViewState view = ViewStateCodec.fromQuery(new QueryParameters(Map.of("asOf", List.of("yesterday"), "depth",
				List.of("many"), "layout", List.of("spiral"))));

		assertThat(view).isEqualTo(ViewState.INITIAL);
	}
}
