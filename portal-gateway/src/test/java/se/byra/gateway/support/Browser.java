package se.byra.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import io.quarkus.test.common.http.TestHTTPResourceManager;

/**
 * A browser for the pages in tests: keeps cookies, follows redirects only when asked, signs in
 * through the {@link SignInProvider} as a real browser would (the gateway's redirect, the
 * provider, the redirect back). Not REST Assured: the pages are not in the API's OpenAPI
 * contract, which REST Assured checks every call against.
 */
public final class Browser {

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base = URI.create(TestHTTPResourceManager.getUri());

    /** An answer as the browser got it. */
    public record Page(int status, HttpHeaders headers, String body, URI uri) {

        public Document html() {
            return Jsoup.parse(body, uri.toString());
        }

        public Optional<String> location() {
            return headers.firstValue("Location");
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        /** The text a person reads (no markup). */
        public String text() {
            return html().text();
        }

        /** The form token of the first form on the page. */
        public String csrf() {
            Element field = html().selectFirst("input[name=_csrf]");
            if (field == null) {
                throw new AssertionError("no _csrf field on " + uri + ":\n" + body);
            }
            return field.attr("value");
        }

        @Override
        public String toString() {
            return status + " " + uri + (location().map(l -> " -> " + l).orElse(""));
        }
    }

    /** Form fields in order; a name may repeat. */
    public static final class Form {

        private final List<Map.Entry<String, String>> fields = new ArrayList<>();

        public static Form of(String... namesAndValues) {
            Form form = new Form();
            for (int i = 0; i < namesAndValues.length; i += 2) {
                form.add(namesAndValues[i], namesAndValues[i + 1]);
            }
            return form;
        }

        public Form add(String name, String value) {
            fields.add(Map.entry(name, value));
            return this;
        }

        String encoded() {
            return fields.stream().map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        }
    }

    public URI base() {
        return base;
    }

    /** Signs {@code user} in the way a browser does, starting at {@code path}; returns the page it lands on. */
    public Page signIn(SignInProvider.User user, String path) {
        Page start = get(path);
        if (start.status() != 302 || start.location().isEmpty()) {
            throw new AssertionError("expected a redirect to sign in, got " + start + "\n" + start.body());
        }
        String key = SignInProvider.get().prepare(user);
        Page provider = send(HttpRequest.newBuilder(URI.create(start.location().get())).GET()
                .header("X-Test-User", key));
        Page back = get(provider.location().orElseThrow(() -> new AssertionError("provider: " + provider.body())));
        return follow(back);
    }

    public Page signIn(SignInProvider.User user) {
        return signIn(user, "/");
    }

    public Page get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path)).GET();
        headers(request, headers);
        return send(request);
    }

    /** GET and follow the gateway's redirects to the page they end on. */
    public Page open(String path, String... headers) {
        return follow(get(path, headers));
    }

    public Page post(String path, Form form, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.encoded()));
        headers(request, headers);
        return send(request);
    }

    /**
     * A form with a file, as a browser posts {@code enctype="multipart/form-data"}: the fields, then
     * the file under {@code fileField} (an empty file name and no bytes: no file chosen).
     */
    public Page postMultipart(String path, Form form, String fileField, String fileName, String contentType,
            byte[] file) {
        return postMultipart(path, form, List.of(new FilePart(fileField, fileName, contentType, file)));
    }

    /** A file of a multipart form: its field, its name ("" and no bytes: no file chosen), its type and bytes. */
    public record FilePart(String field, String fileName, String contentType, byte[] bytes) {
    }

    /** A multipart form with the fields, then any number of files (several under one field: {@code multiple}). */
    public Page postMultipart(String path, Form form, List<FilePart> files) {
        String boundary = "----gateway-test-" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (Map.Entry<String, String> field : form.fields) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        for (FilePart file : files) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field()
                    + "\"; filename=\"" + file.fileName() + "\"\r\nContent-Type: " + file.contentType()
                    + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.bytes());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** Follows redirects within the gateway. */
    public Page follow(Page page) {
        Page current = page;
        for (int hops = 0; hops < 10 && current.location().isPresent()
                && isGateway(resolve(current.location().get())); hops++) {
            current = get(current.location().get());
        }
        return current;
    }

    public Optional<HttpCookie> cookie(String name) {
        return cookies.getCookieStore().get(base).stream().filter(c -> c.getName().equals(name)).findFirst();
    }

    public List<HttpCookie> cookies() {
        return cookies.getCookieStore().get(base);
    }

    private boolean isGateway(URI uri) {
        return uri.getHost().equals(base.getHost()) && uri.getPort() == base.getPort();
    }

    private URI resolve(String path) {
        return base.resolve(path);
    }

    private static void headers(HttpRequest.Builder request, String... headers) {
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
    }

    private Page send(HttpRequest.Builder request) {
        HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
        try {
            HttpResponse<String> response = client.send(built, HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.headers(), response.body(), built.uri());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
