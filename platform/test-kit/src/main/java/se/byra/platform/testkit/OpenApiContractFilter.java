package se.byra.platform.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;

import io.quarkus.test.common.http.TestHTTPResourceManager;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Checks every REST Assured call to the application under test against the application's own
 * OpenAPI document: the response always (a documented status, a body matching the documented
 * schema and content type), the request only when the server accepted it (status below 400),
 * because the server must never accept what the contract forbids while tests of bad input
 * send such requests on purpose. {@link ContractValidationCallback} registers it for every
 * {@code @QuarkusTest}.
 */
public final class OpenApiContractFilter implements OrderedFilter {

    /**
     * Escape hatch for a request the validator cannot parse (a deliberately broken body, say):
     * {@code given().header(OpenApiContractFilter.UNCHECKED_REQUEST)}. The header is removed
     * before sending; the response is still checked.
     */
    public static final Header UNCHECKED_REQUEST = new Header("X-Test-Contract-Unchecked-Request", "true");

    /** The call broke the contract; carries the answer, so a caller collecting failures can go on. */
    public static final class Violation extends AssertionError {

        private final transient List<String> failures;
        private final transient Response response;

        Violation(String message, List<String> failures, Response response) {
            super(message);
            this.failures = List.copyOf(failures);
            this.response = response;
        }

        /** The validator's messages, each prefixed {@code [request]} or {@code [response]}. */
        public List<String> failures() {
            return failures;
        }

        public Response response() {
            return response;
        }
    }

    /** One document and validator per application start: the management port changes with each start. */
    private static final Map<String, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();
    private static final Map<String, String> DOCUMENTS = new ConcurrentHashMap<>();

    @Override
    public int getOrder() {
        // after every other filter, so the request checked is the request sent
        return LOWEST_PRECEDENCE;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        boolean checkRequest = request.getHeaders().get(UNCHECKED_REQUEST.getName()) == null;
        request.removeHeader(UNCHECKED_REQUEST.getName());
        // OPTIONS and HEAD are answered by the platform for every path, not documented per operation
        if (!isApplicationCall(URI.create(request.getURI())) || "OPTIONS".equals(request.getMethod())
                || "HEAD".equals(request.getMethod())) {
            return context.next(request, responseSpec);
        }
        Response response = context.next(request, responseSpec);

        OpenApiInteractionValidator validator = validator(ManagementInterface.baseUri());
        Request validated = RestAssuredRequest.of(request);
        ValidationReport requestReport = checkRequest ? validator.validateRequest(validated)
                : ValidationReport.empty();
        ValidationReport responseReport = validator.validateResponse(validated.getPath(), validated.getMethod(),
                RestAssuredResponse.of(response));
        List<String> failures = failures(response.statusCode(), requestReport, responseReport);
        if (!failures.isEmpty()) {
            throw new Violation(describe(validated.getMethod() + " " + request.getURI(), response.statusCode(),
                    response.contentType(), failures), failures, response);
        }
        return response;
    }

    /**
     * The messages that break the contract, given the answer's status: the response's always,
     * the request's only when the server accepted it; a path the document does not know is fine
     * when the server answered 404 (a test probing an unknown address), and a method it does not
     * list on a known path is fine when answered 405.
     */
    static List<String> failures(int status, ValidationReport request, ValidationReport response) {
        List<ValidationReport.Message> all = new ArrayList<>(errors(request));
        all.addAll(errors(response));
        if (status == 404 && all.stream().anyMatch(m -> m.getKey().endsWith(".path.missing"))) {
            return List.of();
        }
        if (status == 405 && all.stream().anyMatch(m -> m.getKey().endsWith(".operation.notAllowed"))) {
            return List.of();
        }
        List<String> failures = new ArrayList<>();
        if (status < 400) {
            errors(request).forEach(m -> failures.add("[request] " + format(m)));
        }
        errors(response).forEach(m -> failures.add("[response] " + format(m)));
        return failures;
    }

    static String describe(String call, int status, String contentType, List<String> failures) {
        StringBuilder message = new StringBuilder("OpenAPI contract broken by ").append(call).append(" -> ")
                .append(status);
        if (contentType != null && !contentType.isEmpty()) {
            message.append(" (").append(contentType).append(')');
        }
        message.append(':');
        failures.forEach(f -> message.append("\n  - ").append(f));
        return message.toString();
    }

    private static List<ValidationReport.Message> errors(ValidationReport report) {
        return report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR).toList();
    }

    private static String format(ValidationReport.Message message) {
        String text = message.getKey() + ": " + message.getMessage();
        return message.getNestedMessages().isEmpty() ? text
                : text + message.getNestedMessages().stream().map(n -> "\n      " + n.getMessage())
                        .reduce("", String::concat);
    }

    /** The application's main HTTP port; the management interface and other hosts are not checked. */
    private static boolean isApplicationCall(URI uri) {
        URI application = URI.create(TestHTTPResourceManager.getUri());
        URI management = URI.create(ManagementInterface.baseUri());
        int port = port(uri);
        return port == port(application) && port != port(management) && sameHost(uri, application);
    }

    private static boolean sameHost(URI a, URI b) {
        return a.getHost() != null && (a.getHost().equalsIgnoreCase(b.getHost()) || loopback(a) && loopback(b));
    }

    private static boolean loopback(URI uri) {
        return List.of("localhost", "127.0.0.1", "[::1]", "::1").contains(uri.getHost().toLowerCase());
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
    }

    /** The validator for the application whose management interface is at {@code managementBaseUri}. */
    static OpenApiInteractionValidator validator(String managementBaseUri) {
        return VALIDATORS.computeIfAbsent(managementBaseUri,
                base -> OpenApiInteractionValidator.createForInlineApiSpecification(openApiDocument(base)).build());
    }

    /** The OpenAPI document as JSON, fetched once per application start. */
    public static String openApiDocument(String managementBaseUri) {
        return DOCUMENTS.computeIfAbsent(managementBaseUri, OpenApiContractFilter::fetch);
    }

    /** Without REST Assured, so no filter sees the request. */
    private static String fetch(String managementBaseUri) {
        HttpRequest get = HttpRequest.newBuilder(URI.create(managementBaseUri + "/q/openapi?format=json"))
                .timeout(Duration.ofSeconds(30)).build();
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(get, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("GET " + get.uri() + " answered " + answer.statusCode());
            }
            return answer.body();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the OpenAPI document at " + get.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
