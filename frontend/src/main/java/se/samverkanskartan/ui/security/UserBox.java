package se.samverkanskartan.ui.security;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The header's corner: who is signed in, with which role, and the way out; or the way in, for an anonymous reader. */
public class UserBox extends HorizontalLayout {

	public UserBox(CurrentUser user) {
		setId("user-box");
		addClassName("user-box");
		setSpacing(false);
		if (user.signedIn()) {
			Span name = new Span(VaadinIcon.USER.create(), new Span(user.name().orElse("")));
			name.setId("user-name");
			Span role = new Span(user.role().map(r -> getTranslation("role." + r)).orElse(""));
			role.setId("user-role");
			role.addClassName("role");
			Button logout = new Button(getTranslation("logout"), VaadinIcon.SIGN_OUT.create(), e -> user.logout());
			logout.setId("logout");
			logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
			add(name, role, logout);
		}
		else {
			Anchor login = new Anchor("login", getTranslation("login.submit"));
			login.setId("login-link");
			login.setRouterIgnore(true);
			add(new Span(getTranslation("login.anonymous")), login);
		}
	}
}
