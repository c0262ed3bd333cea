package se.byra.platform.testkit;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading PostgreSQL's {@code EXPLAIN (FORMAT JSON)} plans in tests that assert how a query runs. */
public final class QueryPlans {

    private QueryPlans() {
    }

    /** The relations a plan reads with nodes of this type ({@code "Seq Scan"}, {@code "Sort"}, ...). */
    public static List<String> nodes(JsonNode plan, String type) {
        List<String> relations = new ArrayList<>();
        plan.findParents("Node Type").forEach(node -> {
            if (type.equals(node.path("Node Type").asText())) {
                relations.add(node.path("Relation Name").asText());
            }
        });
        return relations;
    }
}
