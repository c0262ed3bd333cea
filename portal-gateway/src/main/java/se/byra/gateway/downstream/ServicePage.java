package se.byra.gateway.downstream;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.smallrye.mutiny.Uni;

/** One page of a service's list, as platform/web's {@code Page} answers it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ServicePage<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    /** A service's largest page (platform/web's PageRequest.MAX_SIZE). */
    public static final int LARGEST = 100;

    public List<T> items() {
        return items == null ? List.of() : items;
    }

    /**
     * Every item of a list the page needs whole (the active staff for a select, the companies for the switcher):
     * the first page of {@value #LARGEST}, then the rest of them together, at most {@code maxPages} in all.
     */
    static <T> Uni<List<T>> all(IntFunction<Uni<ServicePage<T>>> page, int maxPages) {
        return page.apply(0).flatMap(first -> {
            if (first.totalPages() <= 1) {
                return Uni.createFrom().item(first.items());
            }
            List<Uni<ServicePage<T>>> rest = IntStream.range(1, Math.min(first.totalPages(), maxPages))
                    .mapToObj(page::apply).toList();
            return Uni.join().all(rest).andFailFast().map(pages -> {
                List<T> all = new ArrayList<>(first.items());
                pages.forEach(next -> all.addAll(next.items()));
                return all;
            });
        });
    }
}
