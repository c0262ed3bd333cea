package se.byra.gateway.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** A small HTTP server for tests: each request is recorded and answered by {@link #answer}. */
public abstract class HttpStub {

    /**
     * A request as the stub received it: the body as text, and as the bytes that came; {@code query} the last value
     * of each name, {@code rawQuery} all of it as sent.
     */
    public record Request(String method, String path, Map<String, String> query, Map<String, String> headers,
            String body, byte[] bytes, String rawQuery) {

        public String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }

        /** Every value of the query parameter {@code name}, in order. */
        public List<String> queryValues(String name) {
            List<String> values = new java.util.ArrayList<>();
            if (rawQuery != null) {
                for (String pair : rawQuery.split("&")) {
                    int eq = pair.indexOf('=');
                    if (eq > 0 && URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8).equals(name)) {
                        values.add(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                    }
                }
            }
            return values;
        }
    }

    /** What to send back: {@code bytes} when the body is not text (an image), else {@code body}. */
    public record Answer(int status, String contentType, String body, Map<String, String> headers, byte[] bytes) {

        public Answer(int status, String contentType, String body, Map<String, String> headers) {
            this(status, contentType, body, headers, null);
        }

        public static Answer bytes(int status, String contentType, byte[] body) {
            return new Answer(status, contentType, "", Map.of(), body);
        }

        public static Answer json(int status, String body) {
            return new Answer(status, "application/json", body, Map.of());
        }

        public static Answer problem(int status, String body) {
            return new Answer(status, "application/problem+json", body, Map.of());
        }

        public static Answer redirect(String location) {
            return new Answer(302, null, "", Map.of("Location", location));
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    HttpStub() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop(0);
            executor.shutdownNow();
        }, getClass().getSimpleName() + "-stop"));
    }

    public String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** Every request since the last {@link #clearRequests()}. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public void clearRequests() {
        requests.clear();
    }

    protected abstract Answer answer(Request request) throws Exception;

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Request request = read(exchange);
            requests.add(request);
            Answer answer;
            try {
                answer = answer(request);
            } catch (Exception e) {
                answer = new Answer(500, "text/plain", String.valueOf(e), Map.of());
            }
            if (answer == null) {
                // the connection is dropped without an answer
                return;
            }
            answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            if (answer.contentType() != null) {
                exchange.getResponseHeaders().add("Content-Type", answer.contentType());
            }
            byte[] body = answer.bytes() != null ? answer.bytes() : answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    private static Request read(HttpExchange exchange) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT),
                String.join(",", values)));
        byte[] bytes;
        try (InputStream in = exchange.getRequestBody()) {
            bytes = in.readAllBytes();
        }
        return new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                form(exchange.getRequestURI().getRawQuery()), headers, new String(bytes, StandardCharsets.UTF_8),
                bytes, exchange.getRequestURI().getRawQuery());
    }

    /** {@code a=1&b=2} as a map (the last value of a repeated name wins). */
    static Map<String, String> form(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            values.put(name, value);
        }
        return values;
    }
}
