package se.byra.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AbsoluteUriTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "tag:byra.se,2026:event-schema:se.byra.engagement.EngagementSigned:v1",
            "tag:byra.se,2026:service:engagement-service",
            "tag:byra.se,2026:problem:not-found",
            "tag:team@byra.se,2026-01-31:x/y?z",
            "tag:byra.se,2026-02:",
            "urn:isbn:0451450523",
            "urn:example:a%2Fb/c?+resolve?=query",
            "https://json-schema.org/draft/2020-12/schema",
            "http://user:pw@[2001:db8::1]:8080/a/b?c=d",
            "about:blank",
            "mailto:ops@byra.se" })
    void acceptsAbsoluteUris(String uri) {
        assertThat(AbsoluteUri.violation(uri)).as(uri).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "urn:se.byra:events:se.byra.engagement.EngagementSigned:v1",
            "urn:se.byra:problem:validation",
            "urn:-leading-hyphen:x",
            "urn:x:",
            "urn:isbn" })
    void refusesUrnsWhoseNamespaceBreaksRfc8141(String uri) {
        assertThat(AbsoluteUri.violation(uri)).as(uri).hasValueSatisfying(why -> assertThat(why).contains("RFC 8141"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "tag:byra.se:service:x",
            "tag:byra.se,26:service:x",
            "tag:byra.se,2026-13:service:x",
            "tag:byra.se,2026-02-30:service:x",
            "tag:-byra.se,2026:x",
            "tag:byra..se,2026:x",
            "tag:,2026:x" })
    void refusesTagUrisBreakingRfc4151(String uri) {
        assertThat(AbsoluteUri.violation(uri)).as(uri).hasValueSatisfying(why -> assertThat(why).contains("RFC 4151"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/engagement-service",
            "engagement-service",
            "se.byra.engagement.EngagementSigned",
            "1tag:byra.se,2026:x",
            ":no-scheme",
            "tag:byra.se,2026:with space",
            "https://byra.se/a%2",
            "https://byra.se/a%zz",
            "https://byra.se/ä",
            "https://byra.se/x#fragment",
            "tag:byra.se,2026:x#y",
            "https://byra.se/{type}",
            "" })
    void refusesWhatIsNotAnAbsoluteUri(String uri) {
        assertThat(AbsoluteUri.violation(uri)).as(uri).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = { "/engagement-service", "urn:se.byra:problem:conflict" })
    void requireNamesWhatIsWrong(String uri) {
        assertThatThrownBy(() -> AbsoluteUri.require(uri, "platform.messaging.source"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("platform.messaging.source ")
                .hasMessageContaining(uri);
    }
}
