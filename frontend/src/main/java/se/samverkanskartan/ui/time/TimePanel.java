package se.samverkanskartan.ui.time;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import se.samverkanskartan.ui.api.TimelineEvent;

/**
 * The time controls: an "as of" slider over the dates the timeline knows (plus today), and compare mode with a
 * second, earlier date. Reports (asOf, compareFrom); asOf null means today, compareFrom null means no comparison.
 */
public class TimePanel extends VerticalLayout {

	private final DateSlider asOf;
	private final DateSlider from;
	private final Checkbox compare = new Checkbox();
	private final BiConsumer<LocalDate, LocalDate> onChange;
	private LocalDate chosenAsOf;
	private LocalDate chosenFrom;
	private List<LocalDate> stops = List.of(LocalDate.now());

	public TimePanel(BiConsumer<LocalDate, LocalDate> onChange) {
		this.onChange = onChange;
		setPadding(false);
		setSpacing(false);
		asOf = new DateSlider("as-of", getTranslation("time.asOf"));
		from = new DateSlider("compare-from", getTranslation("time.compareFrom"));
		compare.setLabel(getTranslation("time.compare"));
		compare.setId("compare");
		Button today = new Button(getTranslation("time.today"), e -> report(null, chosenFrom));
		today.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
		today.setId("as-of-today");
		add(asOf, today, compare, from);
		asOf.onChange(d -> report(d, chosenFrom));
		from.onChange(d -> report(chosenAsOf, d));
		compare.addValueChangeListener(e -> {
			if (e.isFromClient()) {
				LocalDate start = e.getValue() ? defaultFrom() : null;
				report(chosenAsOf, start);
			}
		});
	}

	/** The slider's stops: every date of the timeline, and today. */
	public void setTimeline(List<TimelineEvent> events) {
		TreeSet<LocalDate> dates = new TreeSet<>();
		events.stream().map(TimelineEvent::date).filter(d -> d != null).forEach(dates::add);
		dates.add(LocalDate.now());
		asOf.setDates(List.copyOf(dates));
		from.setDates(List.copyOf(dates));
		stops = List.copyOf(dates);
	}


	public void show(LocalDate shownAsOf, LocalDate compareFrom) {
		chosenAsOf = shownAsOf;
		chosenFrom = compareFrom;
		asOf.setDate(shownAsOf == null ? LocalDate.now() : shownAsOf);
		compare.setValue(compareFrom != null);
		from.setVisible(compareFrom != null);
		if (compareFrom != null) {
			from.setDate(compareFrom);
		}
	}

	private void report(LocalDate newAsOf, LocalDate newFrom) {
		onChange.accept(newAsOf, newFrom);
	}

	/** Compare mode starts one stop before the date shown, the smallest step that can show a change. */
	private LocalDate defaultFrom() {
		LocalDate shown = chosenAsOf == null ? LocalDate.now() : chosenAsOf;
		LocalDate previous = stops.getFirst();
		for (LocalDate d : stops) {
			if (d.isBefore(shown)) {
				previous = d;
			}
		}
		return previous;
	}
}
