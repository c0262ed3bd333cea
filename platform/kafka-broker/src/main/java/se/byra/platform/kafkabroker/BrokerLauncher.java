package se.byra.platform.kafkabroker;

import java.io.IOException;
import java.io.InputStream;

/**
 * Entry point of the test broker's JVM: formats the KRaft storage on first start, runs the
 * broker, and exits as soon as its standard input closes. The test JVM holds the other end of
 * that pipe, so when it ends, however it ends, the broker ends with it.
 *
 * <p>Arguments: {@code <server.properties> <cluster id> <format: true|false>}.
 */
public final class BrokerLauncher {

    private BrokerLauncher() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: BrokerLauncher <server.properties> <cluster id> <format>");
        }
        Thread watchdog = new Thread(BrokerLauncher::exitWhenParentGoes, "parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();

        if (Boolean.parseBoolean(args[2])) {
            int formatted = kafka.tools.StorageTool.execute(
                    new String[] { "format", "--cluster-id=" + args[1], "--config=" + args[0], "--ignore-formatted" }, System.out);
            if (formatted != 0) {
                System.err.println("Formatting the KRaft storage failed with exit code " + formatted);
                System.exit(formatted);
            }
        }
        kafka.Kafka.main(new String[] { args[0] });
    }

    private static void exitWhenParentGoes() {
        InputStream in = System.in;
        try {
            while (in.read() != -1) {
                // the parent never writes; it only keeps the pipe open
            }
        } catch (IOException ignored) {
            // a broken pipe means the same: the parent is gone
        }
        // runs Kafka's shutdown hook: a controlled shutdown that keeps the log dir consistent
        System.exit(0);
    }
}
