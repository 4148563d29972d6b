package org.sunshine.base;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;
import jakarta.inject.Singleton;
import org.sunshine.base.i18n.Messages;

/** The HTML shell of every page: the theme in {@code frontend/themes/sunshine}, language and viewport. */
@Singleton
@Theme("sunshine")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class AppShell implements AppShellConfigurator {

    private final Messages messages;

    public AppShell(Messages messages) {
        this.messages = messages;
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle(messages.chinese("app.title"));
        settings.addFavIcon("icon", "icons/sunshine.svg", "any");
    }
}
