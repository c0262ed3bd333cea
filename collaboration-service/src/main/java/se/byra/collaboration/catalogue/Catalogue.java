package se.byra.collaboration.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.byra.platform.web.problem.ProblemException;

/**
 * The shared services collaborations are made in, read once from {@code catalogue/services.json}: the services,
 * their options and texts are data, so a new service or a new version of its terms is an edit there, not code.
 * A catalogue that breaks its own rules stops the service at start rather than refusing activations later.
 */
@ApplicationScoped
public class Catalogue {

    static final String RESOURCE = "catalogue/services.json";
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    private final Map<String, SharedService> services;
    private final List<SharedService> ordered;

    public Catalogue() {
        this(read(RESOURCE));
    }

    Catalogue(List<SharedService> services) {
        Map<String, SharedService> byCode = new LinkedHashMap<>();
        for (SharedService service : services) {
            check(service);
            if (byCode.put(service.code(), service) != null) {
                throw new IllegalStateException("catalogue: service " + service.code() + " twice");
            }
        }
        this.services = Map.copyOf(byCode);
        this.ordered = List.copyOf(byCode.values());
    }

    /** Every service, in the catalogue's order. */
    public List<SharedService> all() {
        return ordered;
    }

    public Optional<SharedService> find(String code) {
        return Optional.ofNullable(code == null ? null : services.get(code));
    }

    /** The service of a request's field; a code the catalogue lacks is that field's error. */
    public SharedService require(String field, String code) {
        return find(code).orElseThrow(() -> ProblemException.invalidField(field,
                "no such service: choose one of " + String.join(", ", services.keySet())));
    }

    private static void check(SharedService s) {
        if (!CODE.matcher(s.code()).matches()) {
            throw new IllegalStateException("catalogue: bad code " + s.code());
        }
        if (s.invoiceRecipients().isEmpty() && s.variants().isEmpty()) {
            throw new IllegalStateException("catalogue: " + s.code() + " names no invoice recipient");
        }
        for (SharedService.Variant v : s.variants()) {
            if (v.invoiceRecipients() == null || v.invoiceRecipients().isEmpty()) {
                throw new IllegalStateException("catalogue: " + s.code() + "/" + v.code() + " names no invoice recipient");
            }
        }
        if (s.terms().version() == null || s.terms().version().isBlank() || s.terms().text() == null) {
            throw new IllegalStateException("catalogue: " + s.code() + " has no terms");
        }
        if (s.agreementPeriods().stream().anyMatch(m -> m == null || m < 1)) {
            throw new IllegalStateException("catalogue: " + s.code() + " has an agreement period below a month");
        }
    }

    private record File(List<SharedService> services) {
    }

    private static List<SharedService> read(String resource) {
        try (InputStream in = Catalogue.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("catalogue: " + resource + " missing");
            }
            return new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in, File.class).services();
        } catch (IOException e) {
            throw new UncheckedIOException("catalogue: " + resource + " unreadable", e);
        }
    }
}
