package se.samverkanskartan.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page shell: Lumo (Vaadin 25 loads no theme by default) and our styles, including the projector theme; server
 * push, so that live updates reach an open map without the user doing anything; the icon of the tab.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@Meta(name = "color-scheme", content = "light")
@Push
public class AppShell implements AppShellConfigurator {

	@Override
	public void configurePage(AppShellSettings settings) {
		settings.setPageTitle("Samverkanskartan");
		// Named, so that the browser does not ask for /favicon.ico and log its 404 on every page.
		settings.addFavIcon("icon", "icons/favicon.svg", "any");
	}
}
