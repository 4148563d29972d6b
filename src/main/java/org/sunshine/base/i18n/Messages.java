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
 * {@code getTranslation(key, args)}. Texts are {@link MessageFormat} patterns: arguments {0}, {1}…, and an
 * apostrophe written twice ({@code ''}).
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
            pattern = raw(locale).getString(key);
        } catch (MissingResourceException e) {
            LOG.warn("Missing translation of '{}' for {}", key, locale);
            return "!" + key + "!";
        }
        // always through MessageFormat, so that every text escapes an apostrophe the same way ('')
        return new MessageFormat(pattern, supported(locale)).format(translated(params, locale));
    }

    /** The arguments, with every {@link Text} among them translated into the same language. */
    private Object[] translated(Object[] params, Locale locale) {
        if (params == null) {
            return new Object[0];
        }
        Object[] out = params.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof Text text) {
                out[i] = getTranslation(text.key(), locale, text.args());
            }
        }
        return out;
    }

    /** Whether the bundle has a text for the key in the language (a notice's template may lack one). */
    public boolean has(String key, Locale locale) {
        return raw(locale).containsKey(key);
    }

    /** The text's pattern itself, not filled in (a notice shortens its arguments to fit an SMS, then fills it). */
    public String pattern(String key, Locale locale) {
        return raw(locale).getString(key);
    }

    /** The translation in Chinese, for text that is not shown to a particular user (logs, documents). */
    public String chinese(String key, Object... params) {
        return getTranslation(key, CHINESE, params);
    }

    /** The supported locale closest to the one asked for: English for any English, Chinese otherwise. */
    public static Locale supported(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : CHINESE;
    }

    /**
     * The bundle for JasperReports templates ({@code $R{key}}): each text already run through MessageFormat, so it
     * reads as on screen.
     */
    public static ResourceBundle bundleFor(Locale locale) {
        ResourceBundle raw = raw(locale);
        Locale supported = supported(locale);
        return new ResourceBundle() {
            @Override
            protected Object handleGetObject(String key) {
                return raw.containsKey(key) ? new MessageFormat(raw.getString(key), supported).format(new Object[0]) : null;
            }

            @Override
            public java.util.Enumeration<String> getKeys() {
                return raw.getKeys();
            }
        };
    }

    private static ResourceBundle raw(Locale locale) {
        Locale supported = supported(locale);
        // the base bundle is Chinese; English has its own file
        return ResourceBundle.getBundle(BUNDLE, supported == ENGLISH ? ENGLISH : Locale.ROOT, NO_FALLBACK);
    }
}
