package se.byra.gateway.downstream;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One page of a service's list, as platform/web's {@code Page} answers it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ServicePage<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public List<T> items() {
        return items == null ? List.of() : items;
    }
}
