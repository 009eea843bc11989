package se.samverkanskartan.ui.security;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import se.samverkanskartan.ui.i18n.Translations;

/**
 * The login page, in Swedish or English ({@code ?lang=en}, or the language chosen earlier in the session). The
 * form posts to Spring Security's form login ({@code /login}) with the CSRF token of the page; a failed attempt comes
 * back with {@code ?error}, one refused while logging in is locked after too many failures with {@code ?locked=N}
 * (the minutes left, see {@link LoginFailure}).
 */
@Route("login")
@PageTitle("Logga in · Samverkanskartan")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver {

	private final LoginForm form = new LoginForm();
	private final CurrentUser user;

	public LoginView(CurrentUser user) {
		this.user = user;
		setId("login-view");
		addClassName("login-view");
		form.setAction("login");
		form.setForgotPasswordButtonVisible(false);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		if (user.signedIn()) {
			event.forwardTo("");
			return;
		}
		List<String> lang = event.getLocation().getQueryParameters().getParameters().get("lang");
		Locale locale = lang != null && lang.contains("en") ? Translations.ENGLISH
				: VaadinSession.getCurrent().getAttribute(Locale.class);
		locale = Translations.isEnglish(locale) ? Translations.ENGLISH : Translations.SWEDISH;
		VaadinSession.getCurrent().setAttribute(Locale.class, locale);
		event.getUI().setLocale(locale);
		removeAll();
		Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
		long lockedMinutes = LoginFailure.lockedMinutes(parameters);
		form.setI18n(lockedMinutes > 0 ? locked(lockedMinutes) : i18n());
		form.setError(parameters.containsKey("error") || lockedMinutes > 0);
		H1 title = new H1(getTranslation("app.title"));
		Paragraph intro = new Paragraph(getTranslation("login.intro"));
		Anchor other = Translations.isEnglish(locale) ? new Anchor("login?lang=sv", "Svenska")
				: new Anchor("login?lang=en", "English");
		other.setId("login-language");
		// A full page load, so that the form is built again in the other language.
		other.setRouterIgnore(true);
		Div box = new Div(title, intro, form, other);
		box.addClassName("login-box");
		add(box);
	}

	/** The form's texts with the error saying that logging in is locked, and for how many minutes. */
	private LoginI18n locked(long minutes) {
		LoginI18n i18n = i18n();
		i18n.getErrorMessage().setTitle(getTranslation("login.locked.title"));
		i18n.getErrorMessage().setMessage(getTranslation("login.locked.message", minutes));
		return i18n;
	}

	private LoginI18n i18n() {
		LoginI18n i18n = LoginI18n.createDefault();
		LoginI18n.Form texts = i18n.getForm();
		texts.setTitle(getTranslation("login.title"));
		texts.setUsername(getTranslation("login.username"));
		texts.setPassword(getTranslation("login.password"));
		texts.setSubmit(getTranslation("login.submit"));
		LoginI18n.ErrorMessage error = i18n.getErrorMessage();
		error.setTitle(getTranslation("login.error.title"));
		error.setMessage(getTranslation("login.error.message"));
		return i18n;
	}
}
