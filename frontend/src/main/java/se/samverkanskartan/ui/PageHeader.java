package se.samverkanskartan.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;

import se.samverkanskartan.ui.i18n.Translations;

/**
 * The page's top bar: title, search, exports, presentation, language, and the user's tools (editing, undo, login or
 * logout). Hidden in presentation mode.
 */
class PageHeader extends HorizontalLayout {

	PageHeader(Component search, Consumer<String> onExport, Runnable onPresent, Runnable onFit,
			Consumer<Locale> onLanguage, List<Component> userTools) {
		addClassName("page-header");
		setWidthFull();
		setAlignItems(FlexComponent.Alignment.CENTER);
		H1 title = new H1(getTranslation("app.title"));
		title.addClassName("app-title");
		Button png = button("export.png", "export-png", VaadinIcon.PICTURE, () -> onExport.accept("png"));
		Button svg = button("export.svg", "export-svg", VaadinIcon.FILE_CODE, () -> onExport.accept("svg"));
		Button pdf = button("export.pdf", "export-pdf", VaadinIcon.FILE_TEXT, () -> onExport.accept("pdf"));
		Button fit = button("map.fit", "fit", VaadinIcon.EXPAND_SQUARE, onFit);
		Button present = button("present.start", "present", VaadinIcon.PRESENTATION, onPresent);
		Select<Locale> language = new Select<>();
		language.setId("language");
		language.setAriaLabel(getTranslation("language.label"));
		language.setItems(Translations.SWEDISH, Translations.ENGLISH);
		language.setItemLabelGenerator(l -> Translations.isEnglish(l) ? "English" : "Svenska");
		language.setValue(Translations.isEnglish(getLocale()) ? Translations.ENGLISH : Translations.SWEDISH);
		language.setWidth("9em");
		language.addValueChangeListener(e -> {
			if (e.isFromClient()) {
				onLanguage.accept(e.getValue());
			}
		});
		add(title, search, fit, png, svg, pdf, present, language);
		userTools.forEach(this::add);
		expand(search);
	}

	private Button button(String key, String id, VaadinIcon icon, Runnable action) {
		Button button = new Button(getTranslation(key), icon.create(), e -> action.run());
		button.setId(id);
		return button;
	}
}
