package se.byra.gateway.pages;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.oidc.JavaScriptRequestChecker;
import io.vertx.ext.web.RoutingContext;

/**
 * The requests a script makes, which cannot follow a redirect to the realm's sign-in page: with
 * {@code java-script-auto-redirect=false} Quarkus OIDC answers them 499 when the session has ended, and every other
 * address (a page) is redirected to sign in as before.
 * <ul>
 * <li>The live notifications' stream (an EventSource, which would fetch the realm's page again and again);
 * {@code NoticeStream} makes the 499 a 401.</li>
 * <li>htmx's requests ({@code HX-Request: true}): its XHR would follow the redirect to the realm's origin, fail
 * there, and the user would see nothing happen. {@code session.js} loads the page again on 499, and that full page
 * load signs in and comes back (docs/ui.md, "Sign-in, session and CSRF").</li>
 * </ul>
 */
@ApplicationScoped
public class ScriptRequests implements JavaScriptRequestChecker {

    @Override
    public boolean isJavaScriptRequest(RoutingContext context) {
        return Paths.NOTICE_STREAM.equals(context.normalizedPath())
                || "true".equals(context.request().getHeader("HX-Request"));
    }
}
