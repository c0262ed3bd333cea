package se.byra.gateway.downstream;

import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.util.TypeLiteral;

import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.mutiny.Uni;

/**
 * Timeouts and circuit breakers for the calls to one service. All reads of a service share one
 * circuit: when the service is down, every page section that needs it fails at once instead of
 * each waiting for its own timeout. A 4xx ({@link ServiceRefusal}) is the caller's fault and
 * does not count. Writes have a timeout but no circuit: a save is always tried.
 */
final class ServiceGuards {

    /** The guards of each service, whichever of its {@code *Calls} beans asks first: one circuit a service. */
    private static final Map<String, Guards> BY_SERVICE = new ConcurrentHashMap<>();

    private record Guards(Guard reads, Guard writes) {
    }

    private final Guards guards;

    /** The guards of {@code service}'s calls, shared by every bean that calls it (a circuit's name is unique). */
    ServiceGuards(String service, ServicesConfig config) {
        guards = BY_SERVICE.computeIfAbsent(service, name -> create(name, config));
    }

    private static Guards create(String service, ServicesConfig config) {
        Guard reads = Guard.create().withDescription(service + " reads")
                .withCircuitBreaker().name(service + "-reads")
                .requestVolumeThreshold(config.circuitWindow())
                .failureRatio(config.circuitFailureRatio())
                .delay(config.circuitOpenFor().toMillis(), ChronoUnit.MILLIS)
                .skipOn(ServiceRefusal.class).done()
                .withTimeout().duration(config.readTimeout().toMillis(), ChronoUnit.MILLIS).done()
                .withThreadOffload(false)
                .build();
        Guard writes = Guard.create().withDescription(service + " writes")
                .withTimeout().duration(config.writeTimeout().toMillis(), ChronoUnit.MILLIS).done()
                .withThreadOffload(false)
                .build();
        return new Guards(reads, writes);
    }

    <T> Uni<T> read(Supplier<Uni<T>> call) {
        return guards.reads().get(call, new TypeLiteral<Uni<T>>() {
        });
    }

    <T> Uni<T> write(Supplier<Uni<T>> call) {
        return guards.writes().get(call, new TypeLiteral<Uni<T>>() {
        });
    }
}
