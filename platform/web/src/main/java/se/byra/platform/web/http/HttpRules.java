package se.byra.platform.web.http;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import se.byra.platform.web.problem.Problems;

/**
 * Answers the HTTP layer gives for every resource, so that no resource has to remember them:
 * OPTIONS lists exactly the methods a path serves, and a client that accepts none of the media
 * types a resource produces gets 406 (JSON unless the resource says otherwise), not a Java
 * {@code toString()} rendered as XML.
 */
public class HttpRules {

    private static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON_TYPE);

    @Inject
    RouteTable routes;

    /** What each resource method produces, read from its annotations once. */
    private final Map<Method, List<MediaType>> produced = new ConcurrentHashMap<>();

    @ServerRequestFilter(preMatching = true)
    public Response options(ContainerRequestContext request) {
        if (!HttpMethod.OPTIONS.equals(request.getMethod())) {
            return null;
        }
        return routes.match(request.getUriInfo().getPath())
                .map(route -> Response.noContent().header("Allow", route.allow()).build())
                .orElseGet(Problems::notFound);
    }

    @ServerRequestFilter
    public Response acceptable(ContainerRequestContext request, ResourceInfo resource) {
        List<MediaType> produced = this.produced.computeIfAbsent(resource.getResourceMethod(),
                method -> produced(resource.getResourceClass(), method));
        for (MediaType accepted : request.getAcceptableMediaTypes()) {
            if (produced.stream().anyMatch(accepted::isCompatible)) {
                return null;
            }
        }
        return Problems.response(406, "Not Acceptable",
                "This resource answers with " + produced + "; the Accept header allows none of them");
    }

    private static List<MediaType> produced(Class<?> resource, Method method) {
        Produces produces = method.getAnnotation(Produces.class);
        if (produces == null) {
            produces = resource.getAnnotation(Produces.class);
        }
        return produces == null ? JSON
                : Arrays.stream(produces.value()).flatMap(v -> Arrays.stream(v.split(",")))
                        .map(v -> MediaType.valueOf(v.strip())).toList();
    }
}
