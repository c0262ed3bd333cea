package se.byra.platform.testkit;

import java.util.HashMap;
import java.util.Map;

/** Configuration every kit resource hands to Quarkus besides its own. */
final class TestResources {

    private TestResources() {
    }

    static Map<String, String> with(Map<String, String> config) {
        Map<String, String> all = new HashMap<>(config);
        // the kit is the infrastructure: Dev Services would try Docker
        all.put("quarkus.devservices.enabled", "false");
        return all;
    }
}
