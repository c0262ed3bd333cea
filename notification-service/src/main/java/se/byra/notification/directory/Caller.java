package se.byra.notification.directory;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.quarkus.security.identity.SecurityIdentity;

import se.byra.platform.web.problem.ProblemException;
import se.byra.platform.web.security.CurrentUser;
import se.byra.platform.web.security.Roles;

/**
 * The person calling, as the directory knows them by their token: a staff member of the token's agency, or a
 * client user. Every {@code /me} route reads and changes only this person's rows. A person whose login the
 * directory has not learnt yet has nothing here; a deactivated staff member is refused.
 */
@RequestScoped
public class Caller {

    @Inject
    SecurityIdentity identity;

    @Inject
    CurrentUser user;

    @Inject
    Directory directory;

    private Optional<Recipient> resolved;

    public Optional<Recipient> recipient() {
        if (resolved == null) {
            resolved = resolve();
        }
        return resolved;
    }

    /** Refuses a deactivated staff member (403), whatever their token still says. */
    public void refuseDeactivated() {
        recipient();
    }

    /** The caller, or 404 naming what was looked for: they have nothing here yet. */
    public Recipient require(String what, Object id) {
        return recipient().orElseThrow(() -> ProblemException.notFound(what, id));
    }

    private Optional<Recipient> resolve() {
        Optional<Recipient> found;
        if (identity.hasRole(Roles.AGENCY_STAFF)) {
            found = directory.staffBySubject(user.agencyId(), user.subject());
        } else if (identity.hasRole(Roles.CLIENT_USER)) {
            found = directory.clientUserBySubject(user.subject());
        } else {
            found = Optional.empty();
        }
        if (found.isPresent() && !found.get().active()) {
            throw ProblemException.forbidden("the staff member is deactivated");
        }
        return found;
    }
}
