package se.samverkanskartan.ui.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * The UI's texts from {@code vaadin-i18n/translations*.properties}: the base file is Swedish, the {@code _en} file
 * English. The bundle lookup never falls back to the JVM's default locale, so an English server still shows Swedish
 * unless English is chosen.
 */
@Component
public class Translations implements I18NProvider {

	public static final Locale SWEDISH = Locale.of("sv", "SE");
	public static final Locale ENGLISH = Locale.ENGLISH;

	private static final String BUNDLE = "vaadin-i18n.translations";
	private static final ResourceBundle.Control NO_FALLBACK =
			ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	@Override
	public List<Locale> getProvidedLocales() {
		return List.of(SWEDISH, ENGLISH);
	}

	@Override
	public String getTranslation(String key, Locale locale, Object... params) {
		Locale chosen = isEnglish(locale) ? ENGLISH : Locale.ROOT;
		try {
			String pattern = ResourceBundle.getBundle(BUNDLE, chosen, NO_FALLBACK).getString(key);
			return params.length == 0 ? pattern : new MessageFormat(pattern, chosen).format(params);
		}
		catch (MissingResourceException ex) {
			// Visible in the UI, so a missing text is noticed instead of silently shown blank.
			return "!" + key;
		}
	}

	public static boolean isEnglish(Locale locale) {
		return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage());
	}
}
