package se.byra.gateway.support;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A service (engagement-service, collaboration-service, case-service, notification-service) as the gateway sees it: JSON of the
 * contract's shape for the routes a test sets, and switches to answer 500, slowly, or not at all.
 */
public final class ServiceStub extends HttpStub {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, ServiceStub> STUBS = new ConcurrentHashMap<>();
    private static final String INTERNAL_SERVER_ERROR = "{\"title\":\"Internal Server Error\",\"status\":500}";

    /** How the service behaves. */
    public enum Mode {
        /** Answers as the routes say. */
        UP,
        /** Answers 500 to everything. */
        FAILING,
        /** Answers nothing until the test ends (longer than any timeout of the gateway). */
        SLOW
    }

    private final Map<String, Function<Request, Answer>> routes = new ConcurrentHashMap<>();
    private volatile Mode mode = Mode.UP;
    private volatile CompletableFuture<Void> released = new CompletableFuture<>();

    private ServiceStub() {
    }

    public static ServiceStub engagement() {
        return STUBS.computeIfAbsent("engagement", name -> new ServiceStub());
    }

    public static ServiceStub collaboration() {
        return STUBS.computeIfAbsent("collaboration", name -> new ServiceStub());
    }

    public static ServiceStub cases() {
        return STUBS.computeIfAbsent("case", name -> new ServiceStub());
    }

    public static ServiceStub notification() {
        return STUBS.computeIfAbsent("notification", name -> new ServiceStub());
    }

    /** Back to an empty, working service with no requests recorded. */
    public void reset() {
        routes.clear();
        mode = Mode.UP;
        CompletableFuture<Void> slow = released;
        released = new CompletableFuture<>();
        slow.complete(null);
        clearRequests();
    }

    public void mode(Mode mode) {
        this.mode = mode;
    }

    /** Answers {@code method} on paths matching {@code path} (a regular expression). */
    public void on(String method, String path, Function<Request, Answer> answer) {
        routes.put(method + " " + path, answer);
    }

    /** Answers 500 on this route; the rest of the service works. */
    public void onFailing(String method, String path) {
        on(method, path, request -> Answer.problem(500, INTERNAL_SERVER_ERROR));
    }

    /** Answers nothing on this route until the test ends (longer than any timeout of the gateway). */
    public void onSlow(String method, String path) {
        on(method, path, request -> {
            waitForTheEnd();
            return Answer.problem(503, "{\"status\":503}");
        });
    }

    public void onJson(String method, String path, int status, Object body) {
        on(method, path, request -> Answer.json(status, json(body)));
    }

    public static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private void waitForTheEnd() {
        try {
            released.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            // answered late or the stub is stopping: either way the gateway has stopped waiting
        }
    }

    @Override
    protected Answer answer(Request request) throws Exception {
        switch (mode) {
            case FAILING:
                return Answer.problem(500, INTERNAL_SERVER_ERROR);
            case SLOW:
                waitForTheEnd();
                return Answer.problem(503, "{\"status\":503}");
            default:
                break;
        }
        for (Map.Entry<String, Function<Request, Answer>> route : routes.entrySet()) {
            String[] parts = route.getKey().split(" ", 2);
            if (parts[0].equals(request.method()) && Pattern.matches(parts[1], request.path())) {
                return route.getValue().apply(request);
            }
        }
        return Answer.problem(404, "{\"type\":\"tag:byra.se,2026:problem:not-found\",\"title\":\"Not Found\","
                + "\"status\":404}");
    }
}
