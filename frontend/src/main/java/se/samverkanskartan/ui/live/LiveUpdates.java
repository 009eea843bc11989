package se.samverkanskartan.ui.live;

import java.time.Duration;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

import reactor.core.Disposable;
import se.samverkanskartan.ui.api.AuditApi;
import se.samverkanskartan.ui.api.AuditRecord;

/**
 * Subscribes a page to {@code graphChanged} while it is attached, as the user who opened it, and hands each change
 * to the page inside {@link UI#access}, which pushes the redrawn page to the browser. Changes are sampled: a burst
 * (an agreement drawn as a node and two relations) redraws once, and a redraw never waits longer than the sampling
 * period, so an open map follows an edit well within a second.
 */
public final class LiveUpdates {

	private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

	static final Duration SAMPLING = Duration.ofMillis(250);

	private LiveUpdates() {
	}

	public static void follow(Component page, AuditApi audit, Consumer<AuditRecord> onChange) {
		page.addAttachListener(attach -> {
			UI ui = attach.getUI();
			Disposable subscription = audit.changes()
				.sample(SAMPLING)
				// Subscribed here, on the request's thread, so that the subscription carries the signed-in user.
				// A remote API over plain HTTP has no subscriptions: the page then simply does not follow changes.
				.subscribe(change -> ui.access(() -> onChange.accept(change)),
						failure -> log.warn("No live updates for this page: {}", failure.toString()));
			Registration[] detach = new Registration[1];
			detach[0] = page.addDetachListener(e -> {
				subscription.dispose();
				detach[0].remove();
			});
		});
	}
}
