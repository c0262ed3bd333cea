package se.byra.local;

import java.nio.file.Path;

/**
 * One of the suite's services as the stack runs it: its module (where its packaged jar is), its
 * two ports and its database (none for the gateway).
 */
record ServiceSpec(String name, String module, int httpPort, int managementPort, String database) {

    Path jar(Path root) {
        return root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    boolean hasDatabase() {
        return database != null;
    }
}
