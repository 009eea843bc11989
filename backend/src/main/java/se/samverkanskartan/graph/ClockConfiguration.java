package se.samverkanskartan.graph;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock that says what "today" is, for every {@code asOf} left out. The date is Swedish time, since the
 * facts are; {@code samverkanskartan.clock.today} fixes it, for tests and demonstrations of a given day.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock(@Value("${samverkanskartan.clock.zone:Europe/Stockholm}") String zone,
			@Value("${samverkanskartan.clock.today:}") String today) {
		ZoneId id = ZoneId.of(zone);
		return today.isBlank() ? Clock.system(id) : Clock.fixed(LocalDate.parse(today).atStartOfDay(id).toInstant(), id);
	}

}
