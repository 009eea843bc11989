package se.samverkanskartan.ui.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Span;

/**
 * A native range input over a list of dates: keyboard-operable (arrow keys step date by date) and announced by
 * screen readers through {@code aria-valuetext}. Vaadin's own slider is still experimental in this version.
 */
class DateSlider extends Div {

	private final Input range = new Input();
	private final Span shown = new Span();
	private List<LocalDate> dates = List.of(LocalDate.now());
	private Consumer<LocalDate> onChange = d -> {
	};

	DateSlider(String id, String label) {
		addClassName("date-slider");
		range.setId(id);
		range.setType("range");
		range.getElement().setAttribute("min", "0").setAttribute("step", "1");
		range.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.ON_CHANGE);
		NativeLabel caption = new NativeLabel(label);
		caption.setFor(range);
		shown.setId(id + "-value");
		shown.addClassName("date-value");
		add(caption, shown, range);
		range.addValueChangeListener(e -> {
			if (e.isFromClient()) {
				LocalDate date = dateAt(e.getValue());
				show(date);
				onChange.accept(date);
			}
		});
	}

	void onChange(Consumer<LocalDate> listener) {
		this.onChange = listener;
	}

	/** The stops: the given dates, sorted and without duplicates. */
	void setDates(List<LocalDate> stops) {
		this.dates = stops.isEmpty() ? List.of(LocalDate.now()) : new ArrayList<>(stops);
		range.getElement().setAttribute("max", String.valueOf(dates.size() - 1));
	}

	void setDate(LocalDate date) {
		range.setValue(String.valueOf(indexOf(date)));
		show(date);
	}

	private void show(LocalDate date) {
		shown.setText(date.toString());
		range.getElement().setAttribute("aria-valuetext", date.toString());
	}

	private LocalDate dateAt(String value) {
		try {
			int i = Integer.parseInt(value);
			return dates.get(Math.max(0, Math.min(i, dates.size() - 1)));
		}
		catch (NumberFormatException ex) {
			return dates.getLast();
		}
	}

	/** The index of the last stop on or before the date, so any date maps to the stop that shows its state. */
	private int indexOf(LocalDate date) {
		int index = 0;
		for (int i = 0; i < dates.size(); i++) {
			if (!dates.get(i).isAfter(date)) {
				index = i;
			}
		}
		return index;
	}
}
