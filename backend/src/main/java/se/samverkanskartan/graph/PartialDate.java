package se.samverkanskartan.graph;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * A date known to a day, a month or a year, as sources give them ("2024", "januari 2024", "2022-06-23").
 * It covers the period from {@link #start()} to {@link #end()}.
 */
public record PartialDate(String text, Precision precision, LocalDate start, LocalDate end) {

	private static final Pattern FORMAT = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

	/** How a stored start or end is written at its precision: {@code 2024}, {@code 2024-03} or {@code 2024-03-15}. */
	public static String text(LocalDate date, Precision precision) {
		return switch (precision) {
			case YEAR -> String.valueOf(date.getYear());
			case MONTH -> date.toString().substring(0, 7);
			case DAY -> date.toString();
		};
	}

	public static PartialDate parse(String text) {
		if (!FORMAT.matcher(text).matches()) {
			throw new IllegalArgumentException("must be a date as YYYY, YYYY-MM or YYYY-MM-DD, was '" + text + "'");
		}
		try {
			return switch (text.length()) {
				case 4 -> new PartialDate(text, Precision.YEAR, LocalDate.of(Integer.parseInt(text), 1, 1),
						LocalDate.of(Integer.parseInt(text), 12, 31));
				case 7 -> {
					YearMonth month = YearMonth.parse(text);
					yield new PartialDate(text, Precision.MONTH, month.atDay(1), month.atEndOfMonth());
				}
				default -> {
					LocalDate day = LocalDate.parse(text);
					yield new PartialDate(text, Precision.DAY, day, day);
				}
			};
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("is not a real date: '" + text + "'");
		}
	}

}
