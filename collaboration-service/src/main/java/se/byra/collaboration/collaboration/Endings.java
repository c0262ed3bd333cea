package se.byra.collaboration.collaboration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import se.byra.collaboration.CollaborationConfig;
import se.byra.platform.events.collaboration.CollaborationUpdated.Change;
import se.byra.platform.web.input.BusinessDates;
import se.byra.platform.web.problem.ProblemException;

/**
 * Ending a collaboration, from either side: at once, or at the end of a later day (set now, taking effect when
 * {@link Deadlines} reaches it). One place for the rules, so the agency, the client and the sweep end it alike.
 */
@ApplicationScoped
public class Endings {

    @Inject
    CollaborationEvents events;

    @Inject
    CollaborationConfig config;

    /**
     * Ends the (locked) collaboration now, or sets its last day. {@code decision} is the client's answer when the
     * client ends it (keeps the service or not); null when the agency does, since the client is then asked.
     */
    @Transactional(TxType.MANDATORY)
    public void end(Collaboration c, Side side, String byName, LocalDate endsOn, ServiceDecision decision) {
        if (c.status != CollaborationStatus.ACTIVE) {
            throw ProblemException.conflict("Collaboration " + c.id + " is " + c.status + ": only an active one can be "
                    + "ended" + (c.status == CollaborationStatus.INVITED ? " (an invitation expires unanswered)" : ""));
        }
        if (c.endsOn != null && c.endSide != side) {
            throw ProblemException.conflict("The " + c.endSide.name().toLowerCase(Locale.ROOT) + " already "
                    + "ended the collaboration as of " + c.endsOn);
        }
        LocalDate today = today();
        if (endsOn != null && (endsOn.isBefore(today) || !BusinessDates.inRange(endsOn))) {
            throw ProblemException.invalidField("endsOn", "must be today or a later day");
        }
        Instant now = Instant.now();
        String before = c.endsOn == null ? null : c.endsOn.toString();
        c.endSide = side;
        c.endByName = byName;
        if (decision != null) {
            c.serviceDecision = decision;
        }
        c.updatedAt = now;
        if (endsOn == null || endsOn.equals(today)) {
            c.endsOn = today;
            takeEffect(c, now);
            return;
        }
        c.endsOn = endsOn;
        List<Change> changes = List.of(new Change("endsOn", before, endsOn.toString()));
        HistoryEntry.record(c.id, HistoryEntry.Step.ENDING_SET, side, byName, changes, null, now);
        events.updated(c, changes, side, byName, now);
    }

    /** Withdraws an ending set for a later day; only the side that set it may. */
    @Transactional(TxType.MANDATORY)
    public void withdraw(Collaboration c, Side side, String byName) {
        if (c.status != CollaborationStatus.ACTIVE || c.endsOn == null) {
            throw ProblemException.conflict("Collaboration " + c.id + " has no ending to withdraw");
        }
        if (c.endSide != side) {
            throw ProblemException.conflict("Only the " + c.endSide.name().toLowerCase(Locale.ROOT)
                    + ", who set the ending, can withdraw it");
        }
        Instant now = Instant.now();
        List<Change> changes = List.of(new Change("endsOn", c.endsOn.toString(), null));
        c.endsOn = null;
        c.endSide = null;
        c.endByName = null;
        c.serviceDecision = null;
        c.updatedAt = now;
        HistoryEntry.record(c.id, HistoryEntry.Step.ENDING_WITHDRAWN, side, byName, changes, null, now);
        events.updated(c, changes, side, byName, now);
    }

    /** The ending takes effect: the collaboration is over, and the client's service too if it chose so. */
    @Transactional(TxType.MANDATORY)
    public void takeEffect(Collaboration c, Instant now) {
        c.status = CollaborationStatus.ENDED;
        c.endedAt = now;
        c.updatedAt = now;
        HistoryEntry.record(c.id, HistoryEntry.Step.ENDED, c.endSide, c.endByName, List.of(), null, now);
        if (c.serviceDecision == ServiceDecision.END) {
            ClientService.stop(c.clientId, c.service, now);
        }
        events.ended(c);
    }

    /**
     * An invitation declined or expired: a service the activation started for the client (it was no user of it) is
     * stopped again, since the client never agreed to it; a client that used the service before keeps it.
     */
    public static void invitationLapsed(Collaboration c, Instant now) {
        if (c.scenario != null && c.scenario != Scenario.EXISTING_SERVICE
                && Collaboration.open(c.clientId, c.service) == null) {
            ClientService.stop(c.clientId, c.service, now);
        }
    }


    public LocalDate today() {
        return LocalDate.now(config.zone());
    }
}
