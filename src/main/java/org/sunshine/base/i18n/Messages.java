package org.sunshine.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The i18n bundle ({@code i18n/messages*.properties}): Chinese (zh-CN) is the base and first language,
 * English the second. Every user-visible string goes through here; Vaadin components reach it with
 * {@code getTranslation(key, args)}.
 */
@Singleton
public class Messages implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(CHINESE, ENGLISH);

    static final String BUNDLE = "i18n.messages";
    private static final Logger LOG = LoggerFactory.getLogger(Messages.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String pattern;
        try {
            pattern = bundleFor(locale).getString(key);
        } catch (MissingResourceException e) {
            LOG.warn("Missing translation of '{}' for {}", key, locale);
            return "!" + key + "!";
        }
        return params == null || params.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(params);
    }

    /** The translation in Chinese, for text that is not shown to a particular user (logs, documents). */
    public String chinese(String key, Object... params) {
        return getTranslation(key, CHINESE, params);
    }

    /** The supported locale closest to the one asked for: English for any English, Chinese otherwise. */
    public static Locale supported(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : CHINESE;
    }

    /** The bundle itself, for JasperReports templates ($R{key}). */
    public static ResourceBundle bundleFor(Locale locale) {
        Locale supported = supported(locale);
        // the base bundle is Chinese; English has its own file
        return ResourceBundle.getBundle(BUNDLE, supported == ENGLISH ? ENGLISH : Locale.ROOT, NO_FALLBACK);
    }
}
