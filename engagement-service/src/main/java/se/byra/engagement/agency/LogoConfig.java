package se.byra.engagement.agency;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code engagement.agency.logo.*}: what an agency's logo may be. */
@ConfigMapping(prefix = "engagement.agency.logo")
public interface LogoConfig {

    /**
     * The largest logo taken, in bytes (a memory size: {@code 512K}, {@code 1M}); default 512K. A body
     * over {@code quarkus.http.limits.max-body-size} (1M) is refused before it is read, whatever this says.
     */
    @WithDefault("512K")
    MemorySize maxSize();
}
