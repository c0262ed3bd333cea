package se.byra.platform.events.collaboration;

import java.util.Objects;

/**
 * A shared service's name in each language of the suite, as collaboration-service's catalogue has it
 * when the event is written, so a consumer (a notification) names the service without a catalogue of
 * its own.
 *
 * @param sv the Swedish name
 * @param en the English name
 */
public record ServiceName(String sv, String en) {

    public ServiceName {
        Objects.requireNonNull(sv, "sv");
        Objects.requireNonNull(en, "en");
    }

    /** The name in the language given ({@code sv} or {@code en}); Swedish for any other. */
    public String in(String language) {
        return "en".equals(language) ? en : sv;
    }
}
