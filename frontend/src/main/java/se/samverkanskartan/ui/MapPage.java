package se.samverkanskartan.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.client.FieldAccessException;

import se.samverkanskartan.ui.api.AuditApi;
import se.samverkanskartan.ui.api.CardApi;
import se.samverkanskartan.ui.api.CooperationApi;
import se.samverkanskartan.ui.api.DeckApi;
import se.samverkanskartan.ui.api.EditApi;
import se.samverkanskartan.ui.api.NetworkFilter;
import se.samverkanskartan.ui.explore.Scene;
import se.samverkanskartan.ui.explore.DateReads;
import se.samverkanskartan.ui.explore.SceneLoader;
import se.samverkanskartan.ui.i18n.Translations;
import se.samverkanskartan.ui.live.LiveUpdates;
import se.samverkanskartan.ui.map.MapPicture;
import se.samverkanskartan.ui.present.PresentationMode;
import se.samverkanskartan.ui.present.SavedView;
import se.samverkanskartan.ui.security.CurrentUser;
import se.samverkanskartan.ui.security.LoginRedirect;
import se.samverkanskartan.ui.state.ViewState;
import se.samverkanskartan.ui.state.ViewStateCodec;

/**
 * The single page. It holds the current {@link ViewState}, loads its {@link Scene} through the API and hands it to
 * the map, the table and the panels ({@link PageParts}); every change of state is written to the URL, so the
 * address bar is always a deep link to what is shown. The page is built in {@code beforeEnter}, after the language
 * is known from the URL or the session.
 */
@Route("")
@PageTitle("Samverkanskartan")
@AnonymousAllowed
public class MapPage extends Div implements BeforeEnterObserver {

	private final CooperationApi api;
	private final SceneLoader loader;
	private final EditApi edits;
	private final AuditApi audit;
	private final CardApi cards;
	private final CurrentUser user;
	private final DeckApi decks;
	private PageParts parts;
	private PresentationMode presentation;
	private ViewState state = ViewState.INITIAL;
	private Scene scene;
	private final DateReads reads;

	public MapPage(CooperationApi api, SceneLoader loader, EditApi edits, AuditApi audit, CardApi cards,
			CurrentUser user, DeckApi decks) {
		this.api = api;
		this.decks = decks;
		this.loader = loader;
		this.reads = new DateReads(api);
		this.edits = edits;
		this.audit = audit;
		this.cards = cards;
		this.user = user;
		setId("map-page");
		addClassName("map-page");
		LiveUpdates.follow(this, audit, change -> changed(null));
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		QueryParameters query = event.getLocation().getQueryParameters();
		UI ui = event.getUI();
		ui.setLocale(locale(query));
		if (!user.mayRead()) {
			// Open at the HTTP level (see UiSecurityConfiguration); without anonymous reading, only for users.
			LoginRedirect.toLogin(event);
			return;
		}
		if (parts == null) {
			presentation = new PresentationMode(this::showSaved, this::presenting);
			parts = new PageParts(this, api, new PageEditing(this, api, edits, audit, user), this.cards, decks,
					user.mayEdit());
			add(parts.layout());
			loadTimeline();
		}
		ViewState linked = ViewStateCodec.fromQuery(query);
		navigate(linked);
		if (linked.focus() != null) {
			// A link to a node opens on it: drawn in focus, and its details beside the map.
			parts.openNode(linked.focus());
		}
	}

	/** Shows a new state: reloads the scene unless only the highlighted node changed. */
	void navigate(ViewState next) {
		boolean onlyFocus = scene != null && next.withFocus(null, 0).equals(state.withFocus(null, 0))
				&& !next.neighbourhoodOnly() && !state.neighbourhoodOnly() && next.positions().isEmpty();
		// Another layout of the same data is drawn from the scene at hand: nothing to ask the API.
		boolean onlyLayout = !onlyFocus && scene != null && next.positions().isEmpty()
				&& next.withLayout(state.layout(), state.grouped()).equals(state.withPositions(Map.of()));
		state = next;
		if (onlyLayout) {
			draw(Map.of(), false);
		}
		else if (onlyFocus) {
			if (next.focus() != null) {
				parts.map().focus(next.focus());
			}
			else {
				parts.map().clearFocus();
			}
		}
		else {
			load();
		}
		parts.showState(state, scene);
		writeUrl();
	}

	/**
	 * The graph changed (an edit here, or anyone's, announced live): loads the scene again with the nodes where they
	 * are now, so that the map does not jump, and shows {@code nodeId} (or the node shown before) as it is now.
	 */
	void changed(String nodeId) {
		if (parts == null) {
			return;
		}
		reads.forget();
		parts.map().positions(now -> {
			load(state.positions().isEmpty() ? now : state.positions(), true);
			parts.reloadDetail(nodeId);
		});
	}

	private void load() {
		load(state.positions(), false);
	}

	/** {@code keepView}: the same view with new data (a live update), whose zoom and pan stay as the user has them. */
	private void load(Map<String, MapPicture.Position> positions, boolean keepView) {
		try {
			scene = loader.load(state, reads);
			if (state.neighbourhoodOnly() && scene.network().nodes().isEmpty()) {
				// Nothing around an id the API does not know (or the user may not see): say so, not a blank map.
				notifyError(getTranslation("error.noSuchNode", state.focus()));
			}
			draw(positions, keepView);
			// The choices are read by kind, not as the whole network: a filtered view reads what it shows.
			parts.showScene(scene, state.filter().isEmpty() && !state.neighbourhoodOnly()
					? scene.network() : reads.choices(state.effectiveDate()));
		}
		catch (FieldAccessException ex) {
			// The API's own words (e.g. "regions: no Region has the id 'region-nope'"), not the client's wrapper.
			notifyError(getTranslation("error.api",
					ex.getResponse().getErrors().stream().map(this::words).collect(Collectors.joining("; "))));
		}
		catch (RuntimeException ex) {
			notifyError(getTranslation("error.api", ex.getMessage()));
		}
	}

	/** Draws the scene at hand as the state says: its layout, boxes, focus and marks. */
	private void draw(Map<String, MapPicture.Position> positions, boolean keepView) {
		MapPicture picture = new MapPicture(scene.network(), state.layout(), state.grouped(), positions, scene.marks(),
				state.focus(), scene.unsourced(), folds(state));
		if (keepView) {
			parts.map().redraw(picture);
		}
		else {
			parts.map().show(picture);
		}
	}

	/**
	 * The overview folds process nodes into counts; a view that asks for particular kinds, agreement statuses or gaps,
	 * the neighbourhood of a node, or a comparison of two dates (whose marks must be seen on what changed) shows its
	 * nodes one by one.
	 */
	private static boolean folds(ViewState state) {
		NetworkFilter filter = state.filter();
		return !state.neighbourhoodOnly() && !state.comparing() && filter.kinds().isEmpty()
				&& filter.agreementStatuses().isEmpty() && filter.gaps().isEmpty();
	}

	/**
	 * An API error in the UI's language where the API gave a code it has words for ({@code error.problem.<code>}, as
	 * the edit forms word theirs), a kind among its arguments in the UI's word for it; else the API's own message.
	 */
	private String words(ResponseError error) {
		if (!(error.getExtensions().get("problem") instanceof String problem)) {
			return error.getMessage();
		}
		List<?> given = error.getExtensions().get("arguments") instanceof List<?> list ? list : List.of();
		Object[] arguments = given.stream().map(argument -> {
			String kind = getTranslation("kind." + argument);
			return kind.startsWith("!") ? argument : kind;
		}).toArray();
		String words = getTranslation("error.problem." + problem, arguments);
		return words.startsWith("!") ? error.getMessage() : words;
	}

	private static void notifyError(String text) {
		Notification note = Notification.show(text, 8000, Notification.Position.BOTTOM_START);
		note.addThemeVariants(NotificationVariant.LUMO_ERROR);
	}

	private void loadTimeline() {
		try {
			parts.time().setTimeline(api.timeline());
		}
		catch (RuntimeException ex) {
			parts.time().setTimeline(List.of());
		}
	}

	void open(String nodeId) {
		parts.openNode(nodeId);
		focus(nodeId);
	}

	/** Shows a node on the map and, without leaving the list it was chosen from, its details in their tab. */
	void showOnMap(String nodeId) {
		parts.reloadDetail(nodeId);
		focus(nodeId);
	}

	/**
	 * Draws only the gaps: the cooperation that lacks an agreement, of every gap kind, and around it only nodes of
	 * the {@code kinds} the gaps name (parties, missing agreements), not the care areas or hospitals it also touches.
	 */
	void showGaps(Set<String> kinds) {
		Set<String> gapKinds = Set.copyOf(api.vocabulary().values("GapKind"));
		navigate(state.withFilter(new NetworkFilter(Set.of(), Set.of(), kinds, Set.of(), Set.of(), gapKinds))
			.withFocus(null, 0));
	}

	private void focus(String nodeId) {
		if (!Objects.equals(state.focus(), nodeId)) {
			if (scene != null && scene.network().node(nodeId) == null) {
				// Not on the map with the current filters: show the whole network so the node can be seen.
				navigate(state.withFilter(NetworkFilter.NONE).withFocus(nodeId, 0));
			}
			else {
				navigate(state.withFocus(nodeId, state.neighbourhoodOnly() ? state.depth() : 0));
			}
		}
	}

	ViewState state() {
		return state;
	}

	Scene scene() {
		return scene;
	}

	PresentationMode presentation() {
		return presentation;
	}

	/** Captures the current view, with the positions the nodes have now (they may have been dragged). */
	void capture(java.util.function.Consumer<SavedView> receiver) {
		parts.map().positions(positions -> receiver.accept(new SavedView("", null, state.withPositions(positions),
				scene == null ? state.effectiveDate() : scene.network().asOf(), false)));
	}

	/** Shows a saved view: as of the date of its data when it was saved, unless it is live. */
	void showSaved(SavedView view) {
		navigate(view.shown());
		parts.stamp(view, presentation);
	}

	private void presenting(boolean on) {
		parts.map().setPresentation(on);
		parts.stamp(null, presentation);
	}

	void switchLanguage(Locale locale) {
		VaadinSession.getCurrent().setAttribute(Locale.class, locale);
		QueryParameters query = ViewStateCodec.toQuery(state)
			.merging("lang", Translations.isEnglish(locale) ? "en" : "sv");
		getUI().ifPresent(ui -> ui.getPage().setLocation("./?" + query.getQueryString()));
	}

	private void writeUrl() {
		QueryParameters query = ViewStateCodec.toQuery(state);
		if (Translations.isEnglish(getLocale())) {
			query = query.merging("lang", "en");
		}
		String location = query.getParameters().isEmpty() ? "" : "?" + query.getQueryString();
		getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, location));
	}

	/** Swedish unless English is asked for in the URL ({@code lang=en}) or was chosen earlier in this session. */
	private static Locale locale(QueryParameters query) {
		List<String> lang = query.getParameters().get("lang");
		VaadinSession session = VaadinSession.getCurrent();
		if (lang != null && !lang.isEmpty()) {
			Locale chosen = "en".equals(lang.getFirst()) ? Translations.ENGLISH : Translations.SWEDISH;
			session.setAttribute(Locale.class, chosen);
			return chosen;
		}
		Locale remembered = session.getAttribute(Locale.class);
		return remembered != null ? remembered : Translations.SWEDISH;
	}
}
