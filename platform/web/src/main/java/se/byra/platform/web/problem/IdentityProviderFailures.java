package se.byra.platform.web.problem;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Recognises Quarkus OIDC's failure when the identity provider cannot be reached (it has not read the realm's
 * metadata since the start and cannot now): {@link ProblemMappers} answers it 503, and the gateway's pages send the
 * user to a page that says signing in does not work just now. Matched by class name anywhere in the causes, so
 * platform/web needs no OIDC dependency.
 */
public final class IdentityProviderFailures {

    private static final String OIDC_EXCEPTION = "io.quarkus.oidc.OIDCException";

    private IdentityProviderFailures() {
    }

    public static boolean unavailable(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (OIDC_EXCEPTION.equals(t.getClass().getName())) {
                return true;
            }
        }
        return false;
    }
}
