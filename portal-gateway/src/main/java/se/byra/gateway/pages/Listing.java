package se.byra.gateway.pages;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.ws.rs.core.Response;

import io.quarkus.qute.TemplateInstance;

/**
 * Where one page of a list sits in the whole, for the paging line ("Visar 1–20 av 57") and the
 * previous and next links. Pages are numbered from 1 in addresses ({@code ?sida=2}); the services
 * count from 0. {@code filters} are further query parameters the links keep (a status, say), in
 * their order; an empty value is left out.
 */
public record Listing(String basePath, String query, int page, int size, long total, Map<String, String> filters) {

    public Listing(String basePath, String query, int page, int size, long total) {
        this(basePath, query, page, size, total, Map.of());
    }

    /** As long as a search needs to be (the services' limit); longer input is cut, not refused. */
    public static final int MAX_QUERY_LENGTH = 100;
    /** The deepest page a list goes to (platform/web's PageRequest.MAX_PAGE, counted from 1). */
    public static final int MAX_PAGE = 10_000;
    public static final String PAGE_PARAMETER = "sida";
    public static final String QUERY_PARAMETER = "q";

    /**
     * The page asked for, within 1 and {@link #MAX_PAGE}. People edit addresses: what is not a
     * page number shows the first page rather than an error.
     */
    public static int pageAsked(String page) {
        try {
            return page == null ? 1 : Math.max(1, Math.min(Integer.parseInt(page.strip()), MAX_PAGE));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The search as asked: without the spaces around it, at most {@value #MAX_QUERY_LENGTH} characters. */
    public static String searchAsked(String q) {
        String query = q == null ? "" : q.strip();
        return query.length() > MAX_QUERY_LENGTH ? query.substring(0, MAX_QUERY_LENGTH) : query;
    }

    /**
     * The answer to a list's page: a page past the end (the list got shorter since the link was
     * made) redirects to the last page, which is what was meant; else the page, varying with
     * {@code HX-Request} (htmx gets the results alone, {@code partial}).
     */
    public Response answer(boolean partial, boolean noItems, Supplier<TemplateInstance> html) {
        if (!partial && noItems && page > 1 && totalPages() > 0) {
            return Response.seeOther(URI.create(href(totalPages()))).build();
        }
        return Response.ok(html.get()).header("Vary", "HX-Request").build();
    }

    public int totalPages() {
        return (int) Math.min(MAX_PAGE, (total + size - 1) / size);
    }

    public long from() {
        return total == 0 ? 0 : (long) (page - 1) * size + 1;
    }

    public long to() {
        return Math.min(total, (long) page * size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < totalPages();
    }

    public boolean paged() {
        return hasPrevious() || hasNext();
    }

    public String previousHref() {
        return href(page - 1);
    }

    public String nextHref() {
        return href(page + 1);
    }

    /** The address of another page of the same list (the search kept). */
    public String href(int other) {
        StringBuilder href = new StringBuilder(basePath);
        char separator = '?';
        if (query != null && !query.isEmpty()) {
            href.append(separator).append(QUERY_PARAMETER).append('=')
                    .append(URLEncoder.encode(query, StandardCharsets.UTF_8));
            separator = '&';
        }
        for (Map.Entry<String, String> filter : filters.entrySet()) {
            if (filter.getValue() != null && !filter.getValue().isEmpty()) {
                href.append(separator).append(filter.getKey()).append('=')
                        .append(URLEncoder.encode(filter.getValue(), StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        if (other > 1) {
            href.append(separator).append(PAGE_PARAMETER).append('=').append(other);
        }
        return href.toString();
    }
}
