package se.byra.platform.web.http;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's REST routes as their templates and methods, read once from the resource
 * classes. It answers what the HTTP layer cannot: which methods a path serves (the {@code Allow}
 * of a 405 and of OPTIONS) and which template a raw path belongs to (metric labels).
 */
@Singleton
public class RouteTable {

    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*(\\w[\\w.-]*)\\s*(?::\\s*((?:[^{}]|\\{[^{}]*\\})+))?}");

    @Inject
    BeanManager beans;

    @ConfigProperty(name = "quarkus.http.root-path", defaultValue = "/")
    String rootPath;

    @ConfigProperty(name = "quarkus.rest.path", defaultValue = "/")
    String restPath;

    private volatile List<Route> routes;

    /** One path template and the methods it serves. */
    public record Route(String template, Pattern pattern, Set<String> methods, int literalLength) {

        /** What an {@code Allow} header lists: the methods, HEAD where GET is, and OPTIONS. */
        public String allow() {
            Set<String> allowed = new TreeSet<>(methods);
            if (allowed.contains("GET")) {
                allowed.add("HEAD");
            }
            allowed.add("OPTIONS");
            return String.join(", ", allowed);
        }
    }

    /** The route a request path belongs to; the most literal one where templates overlap. */
    public Optional<Route> match(String path) {
        return routes().stream().filter(r -> r.pattern().matcher(path).matches())
                .max(Comparator.comparingInt(Route::literalLength));
    }

    public List<Route> routes() {
        List<Route> current = routes;
        if (current == null) {
            current = read();
            routes = current;
        }
        return current;
    }

    private List<Route> read() {
        Map<String, Set<String>> methodsByTemplate = new LinkedHashMap<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path classPath = type.getAnnotation(Path.class);
            if (classPath == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String httpMethod = httpMethod(method);
                if (httpMethod == null) {
                    continue;
                }
                Path methodPath = method.getAnnotation(Path.class);
                String template = join(rootPath, restPath, classPath.value(),
                        methodPath == null ? "" : methodPath.value());
                methodsByTemplate.computeIfAbsent(template, t -> new TreeSet<>()).add(httpMethod);
            }
        }
        List<Route> read = new ArrayList<>();
        methodsByTemplate.forEach((template, methods) -> read.add(route(template, Set.copyOf(methods))));
        return List.copyOf(read);
    }

    static Route route(String template, Set<String> methods) {
        StringBuilder regex = new StringBuilder();
        Matcher parameter = PARAMETER.matcher(template);
        int literal = 0;
        int end = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(template.substring(end, parameter.start())));
            literal += parameter.start() - end;
            regex.append('(').append(parameter.group(2) == null ? "[^/]+" : parameter.group(2).strip()).append(')');
            end = parameter.end();
        }
        regex.append(Pattern.quote(template.substring(end))).append("/?");
        literal += template.length() - end;
        return new Route(template, Pattern.compile(regex.toString()), methods, literal);
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    static String join(String... parts) {
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            String trimmed = part.replaceAll("^/+|/+$", "");
            if (!trimmed.isEmpty()) {
                path.append('/').append(trimmed);
            }
        }
        return path.isEmpty() ? "/" : path.toString();
    }
}
