package org.sunshine.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import org.sunshine.base.i18n.LocaleResolver;
import org.sunshine.base.i18n.Messages;

import java.util.Locale;

/** 中文 / English: switches the visitor's language and reloads the page. */
public class LanguageSwitch extends Select<Locale> {

    public LanguageSwitch(LocaleResolver locales) {
        setId("language-switch");
        setItems(Messages.LOCALES);
        setItemLabelGenerator(locale -> getTranslation(Messages.ENGLISH.equals(locale) ? "language.en" : "language.zh"));
        setAriaLabel(getTranslation("shell.language"));
        addClassName("language-switch");
        setValue(Messages.supported(UI.getCurrent() == null ? null : UI.getCurrent().getLocale()));
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                locales.switchTo(UI.getCurrent(), e.getValue());
            }
        });
    }
}
