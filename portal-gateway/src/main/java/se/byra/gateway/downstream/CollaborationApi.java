package se.byra.gateway.downstream;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The gateway's copies of collaboration-service's records (see {@link EngagementApi}). */
public final class CollaborationApi {

    private CollaborationApi() {
    }

    /** A signed engagement collaboration-service knows: what a collaboration can be activated on. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SignedEngagement(UUID id, UUID clientId, String title, LocalDate periodStart, LocalDate periodEnd,
            int letterVersion, Instant signedAt) {
    }
}
