package se.byra.local;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code deploy/local/run.sh}: starts the whole suite, prints where to find it, and stops it all
 * on Ctrl-C or SIGTERM (the JVM's shutdown hook).
 */
public final class LocalStack {

    private LocalStack() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path root = Path.of(System.getProperty("practice.root", ".")).toAbsolutePath().normalize();
        StackSettings settings = StackSettings.fromEnvironment(root, System.getenv());
        PrintStream out = System.out;
        out.println("Starting the practice platform; data in " + settings.data());
        Stack stack = new Stack(settings, out);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("\nStopping...");
            stack.close();
            out.println("Stopped; nothing is left running. Data kept in " + settings.data());
        }, "stack-stop"));
        try {
            stack.start();
            out.println(summary(stack));
            stack.awaitStop();
        } catch (StackException e) {
            System.err.println("\n" + e.getMessage());
            System.exit(1);
        }
    }

    static String summary(Stack stack) {
        StringBuilder text = new StringBuilder();
        text.append("\nAll UP in ").append(String.format("%.1f", stack.startupTime().toMillis() / 1000.0))
                .append(" s. Open in a browser:\n");
        text.append("  Agency UI      ").append(stack.gatewayUrl()).append("/byra/kunder\n");
        text.append("  Client portal  ").append(stack.gatewayUrl()).append("/portal\n");
        text.append("\nDemo logins (password ").append(DemoData.DEMO_PASSWORD).append("):\n");
        for (DemoData.Login login : DemoData.LOGINS) {
            text.append(String.format("  %-6s %s%n", login.username(), login.who()));
        }
        if (stack.mailPageUrl() != null) {
            text.append("\nMail the platform sent: ").append(stack.mailPageUrl()).append('\n');
        }
        text.append("Keycloak: ").append(stack.keycloakIssuer().replaceAll("/realms/.*$", "/admin/"))
                .append(" (user admin, password in ").append(stack.settings().secret("keycloak-admin")).append(")\n");
        text.append("\nLogs:\n");
        for (Map.Entry<String, Path> log : stack.logs().entrySet()) {
            text.append(String.format("  %-22s %s%n", log.getKey(), log.getValue()));
        }
        text.append("\nCtrl-C stops everything.");
        return text.toString();
    }
}
