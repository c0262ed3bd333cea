package se.byra.platform.web.problem;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.ws.rs.core.HttpHeaders;

/**
 * The platform's own field messages in the caller's language ({@code Accept-Language}), Swedish
 * unless English is asked for: the same choice Bean Validation makes for its messages, so a form
 * never shows one field in Swedish and the next in English.
 */
public final class Texts {

    public static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final String BUNDLE = "se.byra.platform.web.Messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Texts() {
    }

    /** The first language the caller accepts that the suite speaks; Swedish otherwise. */
    public static Locale locale(HttpHeaders headers) {
        List<Locale> acceptable = headers == null ? List.of() : headers.getAcceptableLanguages();
        for (Locale locale : acceptable) {
            if ("en".equals(locale.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("sv".equals(locale.getLanguage())) {
                return SWEDISH;
            }
        }
        return SWEDISH;
    }

    public static String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE,
                "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT, NO_FALLBACK);
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
