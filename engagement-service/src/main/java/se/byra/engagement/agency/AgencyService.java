package se.byra.engagement.agency;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import se.byra.engagement.agency.AgencyApi.AgencyView;
import se.byra.engagement.agency.AgencyApi.LogoView;
import se.byra.engagement.agency.AgencyApi.UpdateAgency;
import se.byra.engagement.client.Address;
import se.byra.platform.events.engagement.AgencyUpdated;
import se.byra.platform.messaging.outbox.Outbox;
import se.byra.platform.web.problem.Problem;
import se.byra.platform.web.problem.ProblemException;
import se.byra.platform.web.problem.ProblemType;
import se.byra.platform.web.validation.OrganisationNumber;

/**
 * The caller's agency: its profile and its logo. Every save of the profile, the first included, publishes the
 * whole profile as it is then ({@link AgencyUpdated}, key: the agency id) through the outbox in the same
 * transaction. A profile comes to exist only when an administrator first saves it, with its name and
 * organisation number (both required), so there is never an event without a name: an agency that never saved
 * its profile has published none, and a consumer knows no name for it. The logo is not part of the event, so
 * changing it publishes nothing.
 */
@ApplicationScoped
public class AgencyService {

    @Inject
    LogoConfig logoConfig;

    @Inject
    Outbox outbox;

    @Transactional
    public AgencyView get(UUID agencyId) {
        return view(AgencyProfile.findById(agencyId), logo(agencyId));
    }

    /**
     * Replaces the profile, if the caller read its current version (0: nothing saved yet). The row is
     * locked first, so of two saves from one version the second hears 409; two first saves race for the
     * primary key, and the loser hears 409 too.
     */
    @Transactional
    public AgencyView update(UUID agencyId, UpdateAgency request) {
        AgencyProfile profile = AgencyProfile.<AgencyProfile>find("agencyId", agencyId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        long current = apiVersion(profile);
        if (current != request.version()) {
            throw ProblemException.conflict("Someone else changed the agency's profile after you read it (you sent "
                    + "version " + request.version() + ", it is now " + current + "): reload it and make your "
                    + "change again.");
        }
        // as precise as the column, so the answer, the event and what is read later carry the same instant
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        boolean first = profile == null;
        if (first) {
            profile = new AgencyProfile();
            profile.agencyId = agencyId;
            profile.createdAt = now;
        }
        profile.name = request.name().strip();
        profile.organisationNumber = OrganisationNumber.normalise(request.organisationNumber()).orElseThrow();
        profile.address = Address.of(request.address());
        profile.email = request.email() == null ? null : request.email().strip().toLowerCase(Locale.ROOT);
        profile.phone = request.phone() == null ? null : request.phone().strip();
        profile.updatedAt = now;
        if (first) {
            profile.persist();
        }
        AgencyProfile.flush(); // the answer carries the new version
        publish(profile);
        return view(profile, logo(agencyId));
    }

    /**
     * Publishes the profile as it is now ({@link AgencyUpdated}), for consumers that started after it was saved
     * (EventBackfill). Does nothing for an agency without a profile.
     */
    @Transactional(TxType.MANDATORY)
    public void republish(UUID agencyId) {
        AgencyProfile profile = AgencyProfile.findById(agencyId);
        if (profile != null) {
            publish(profile);
        }
    }

    /**
     * Keeps the image as the agency's logo, replacing any before it (the last save wins), when it is a
     * PNG or JPEG within the configured size: 413 or 415 naming what is wrong otherwise.
     */
    @Transactional
    public LogoView putLogo(UUID agencyId, byte[] image) {
        long max = logoConfig.maxSize().asLongValue();
        if (image.length > max) {
            throw refused(413, "Content Too Large", "The logo is " + image.length + " bytes; it may be at most "
                    + max + " bytes.");
        }
        LogoFormat format = LogoFormat.of(image).orElseThrow(() -> refused(415, "Unsupported Media Type",
                "The logo must be a PNG or JPEG image; the body is " + LogoFormat.describe(image)
                        + ". The type is read from the image itself, not from Content-Type or a file name."));
        Instant now = Instant.now();
        AgencyLogo.getEntityManager().createNativeQuery("""
                insert into agency_logo (agency_id, content_type, image, size_bytes, updated_at)
                values (?1, ?2, ?3, ?4, ?5)
                on conflict (agency_id) do update set content_type = excluded.content_type, image = excluded.image,
                    size_bytes = excluded.size_bytes, updated_at = excluded.updated_at""")
                .setParameter(1, agencyId).setParameter(2, format.mediaType).setParameter(3, image)
                .setParameter(4, image.length).setParameter(5, now)
                .executeUpdate();
        return new LogoView(format.mediaType, image.length, now);
    }

    /** The logo with its image, or 404. */
    @Transactional
    public AgencyLogo getLogo(UUID agencyId) {
        AgencyLogo logo = AgencyLogo.findById(agencyId);
        if (logo == null) {
            throw new ProblemException(404, ProblemType.NOT_FOUND, "Not found", "The agency has no logo", List.of());
        }
        return logo;
    }

    /** Removes the logo (removing none is done already), answering the profile as it is then. */
    @Transactional
    public AgencyView deleteLogo(UUID agencyId) {
        AgencyLogo.delete("agencyId", agencyId);
        return view(AgencyProfile.findById(agencyId), null);
    }

    /** The logo's description without its image. */
    private static LogoView logo(UUID agencyId) {
        return AgencyLogo.find("agencyId", agencyId).project(LogoView.class).firstResult();
    }

    private static ProblemException refused(int status, String title, String detail) {
        return new ProblemException(status, ProblemType.BLANK, title, detail,
                List.of(new Problem.FieldError("body", detail)));
    }

    /** The whole profile, as it is after the change, for the other services. */
    private void publish(AgencyProfile profile) {
        Address address = profile.address; // never null: the country always has a value (SE by default)
        outbox.publish(AgencyUpdated.TYPE, profile.agencyId, profile.agencyId, new AgencyUpdated(profile.agencyId,
                profile.name, profile.organisationNumber, address.street, address.postalCode, address.city,
                address.country, profile.email, profile.phone, profile.updatedAt));
    }

    /** The version the API shows: 0 for no profile, so the first save sends 0 and the saved row shows 1. */
    private static long apiVersion(AgencyProfile profile) {
        return profile == null ? 0 : profile.version + 1;
    }

    private static AgencyView view(AgencyProfile profile, LogoView logo) {
        if (profile == null) {
            return new AgencyView(null, null, null, null, null, logo, null, 0);
        }
        return new AgencyView(profile.name, profile.organisationNumber, Address.data(profile.address), profile.email,
                profile.phone, logo, profile.updatedAt, apiVersion(profile));
    }
}
