package se.byra.platform.web.metrics;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import se.byra.platform.web.http.RouteTable;

/**
 * HTTP metrics are labelled with route templates ({@code /engagements/{id}}), never with a raw
 * path: an id in a label is a new time series per resource, and leaks the id to whoever reads the
 * metrics. Quarkus labels matched requests with their template; this catches the answers given
 * before matching (a refused body, an unknown path) and gives them their template or UNKNOWN.
 */
public class RouteTemplates {

    private static final String URI = "uri";

    @Produces
    @Singleton
    MeterFilter routeTemplatesOnly(RouteTable routes) {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                String uri = id.getTag(URI);
                if (!id.getName().startsWith("http.server") || uri == null || uri.contains("{")
                        || uri.equals(uri.toUpperCase()) || uri.equals("root")) {
                    return id;
                }
                String template = routes.match(uri).map(RouteTable.Route::template).orElse("UNKNOWN");
                return id.withTag(Tag.of(URI, template));
            }
        };
    }
}
