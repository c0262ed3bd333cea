package se.byra.platform.testkit;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** The kit's SMTP server as the service's mailer. */
public class SmtpTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        SmtpServer smtp = SmtpServer.get();
        return TestResources.with(Map.of(
                "quarkus.mailer.host", smtp.host(),
                "quarkus.mailer.port", String.valueOf(smtp.port()),
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.tls", "false",
                "quarkus.mailer.start-tls", "DISABLED"));
    }

    @Override
    public void stop() {
        // the server outlives each application start; the JVM's shutdown hook stops it
    }
}
