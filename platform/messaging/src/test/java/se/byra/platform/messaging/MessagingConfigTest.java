package se.byra.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.smallrye.config.WithDefault;
import se.byra.platform.events.AbsoluteUri;

class MessagingConfigTest {

    /** Every service takes the default source; its application name fills it in. */
    @ParameterizedTest
    @ValueSource(strings = { "engagement-service", "collaboration-service", "case-service", "notification-service" })
    void theDefaultSourceIsATagUriNamingTheService(String applicationName) throws NoSuchMethodException {
        String template = MessagingConfig.class.getMethod("source").getAnnotation(WithDefault.class).value();
        String source = template.replace("${quarkus.application.name}", applicationName);

        assertThat(source).isEqualTo("tag:byra.se,2026:service:" + applicationName);
        assertThat(AbsoluteUri.violation(source)).isEmpty();
    }
}
