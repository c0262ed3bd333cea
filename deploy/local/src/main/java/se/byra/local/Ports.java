package se.byra.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every port the stack listens on: the servers' and each service's http and management port.
 * The defaults are those the services' own configuration and the realm's redirect URIs expect;
 * a stack started by a test takes free ones.
 */
record Ports(int postgres, int kafka, int kafkaController, int keycloak, int keycloakManagement, int smtp,
        int mailPage, List<ServiceSpec> services) {

    /**
     * Services on 8080-8084 (management 9080-9084), Keycloak 8180, SMTP 2525 with its mail page
     * on 8025; PostgreSQL and Kafka off their usual ports (15432, 19092) so that a server of the
     * machine's own on 5432 or 9092 does not stop the stack.
     */
    static Ports defaults() {
        return new Ports(15432, 19092, 19093, 8180, 9180, 2525, 8025, List.of(
                new ServiceSpec("portal-gateway", "portal-gateway", 8080, 9080, null),
                new ServiceSpec("engagement-service", "engagement-service", 8081, 9081, "engagement"),
                new ServiceSpec("collaboration-service", "collaboration-service", 8082, 9082, "collaboration"),
                new ServiceSpec("case-service", "case-service", 8083, 9083, "cases"),
                new ServiceSpec("notification-service", "notification-service", 8084, 9084, "notification")));
    }

    /** The same layout on free ports. */
    static Ports free() {
        Iterator<Integer> ports = freePorts(7 + 2 * defaults().services().size()).iterator();
        Ports defaults = defaults();
        List<ServiceSpec> services = new ArrayList<>();
        int[] infrastructure = new int[7];
        for (int i = 0; i < infrastructure.length; i++) {
            infrastructure[i] = ports.next();
        }
        for (ServiceSpec spec : defaults.services()) {
            services.add(new ServiceSpec(spec.name(), spec.module(), ports.next(), ports.next(), spec.database()));
        }
        return new Ports(infrastructure[0], infrastructure[1], infrastructure[2], infrastructure[3], infrastructure[4],
                infrastructure[5], infrastructure[6], List.copyOf(services));
    }

    ServiceSpec service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name));
    }

    /** What each port is for, to say which one is taken. */
    Map<String, Integer> named() {
        Map<String, Integer> named = new LinkedHashMap<>();
        for (ServiceSpec service : services) {
            named.put(service.name(), service.httpPort());
            named.put(service.name() + " (management)", service.managementPort());
        }
        named.put("PostgreSQL", postgres);
        named.put("Kafka", kafka);
        named.put("Kafka controller", kafkaController);
        named.put("Keycloak", keycloak);
        named.put("Keycloak (management)", keycloakManagement);
        named.put("SMTP", smtp);
        named.put("mail page", mailPage);
        return named;
    }

    /** The ports of {@code wanted} that something else already listens on, named. */
    static List<String> taken(Map<String, Integer> wanted) {
        List<String> taken = new ArrayList<>();
        wanted.forEach((name, port) -> {
            if (!free(port)) {
                taken.add(name + " (port " + port + ")");
            }
        });
        return taken;
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<Integer> freePorts(int count) {
        List<ServerSocket> open = new ArrayList<>();
        try {
            List<Integer> ports = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0);
                open.add(socket);
                ports.add(socket.getLocalPort());
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (ServerSocket socket : open) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // only a probe
                }
            }
        }
    }
}
