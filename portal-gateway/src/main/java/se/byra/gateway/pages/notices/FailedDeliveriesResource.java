package se.byra.gateway.pages.notices;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import se.byra.gateway.downstream.NotificationApi.DeliveryView;
import se.byra.gateway.downstream.NotificationCalls;
import se.byra.gateway.downstream.ServiceRefusal;
import se.byra.gateway.pages.Banner;
import se.byra.gateway.pages.Listing;
import se.byra.gateway.pages.NoticeMsg;
import se.byra.gateway.pages.PageContext;
import se.byra.gateway.pages.Paths;
import se.byra.platform.web.security.Roles;

/**
 * The agency's e-mails the mailer gave up on (Misslyckade utskick), for its administrators: who, what, why, and
 * "Skicka igen" on each. One that no longer failed (sent or pending since the page was loaded: the service's 409)
 * is said in words above the list as it now is.
 */
@Path(Paths.FAILED_DELIVERIES)
@RolesAllowed(Roles.AGENCY_ADMIN)
@Produces(Paths.HTML)
public class FailedDeliveriesResource {

    static final int PAGE_SIZE = 20;

    @Inject
    NotificationCalls notifications;

    @Inject
    PageContext page;

    @Inject
    Banner banner;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance list(DeliveryList view);
    }

    /** One page of the failed e-mails; {@code notice} why a resend was not needed, {@code banner} after one. */
    public record DeliveryList(Listing listing, List<Row> rows, String notice, String banner) {

        public boolean empty() {
            return rows.isEmpty();
        }

        public boolean hasNotice() {
            return notice != null;
        }

        public boolean hasBanner() {
            return banner != null;
        }
    }

    /** A failed e-mail in words; {@code time} its last attempt (else when it was made). */
    public record Row(UUID id, String recipientName, String recipientEmail, String subject, String category,
            int attempts, String lastError, String time) {

        public String resendAction() {
            return Paths.FAILED_DELIVERIES + "/" + id + "/skicka-igen";
        }

        public String recipient() {
            return recipientName == null || recipientName.isBlank() ? recipientEmail : recipientName;
        }
    }

    @GET
    public Uni<Response> list(@RestQuery(Listing.PAGE_PARAMETER) String sida) {
        return show(Listing.pageAsked(sida), null, banner.takeText(page.msg()), 200);
    }

    @POST
    @Path("/{id}/skicka-igen")
    public Uni<Response> resend(@PathParam("id") UUID id) {
        return notifications.resend(id)
                .map(pending -> Response.seeOther(URI.create(Paths.FAILED_DELIVERIES))
                        .cookie(banner.after(Banner.Kind.DELIVERY_RESENT)).build())
                .onFailure(failure -> ServiceRefusal.is(failure, 409))
                .recoverWithUni(() -> show(1, page.noticeMsg().deliveries_not_failed(), null, 409));
    }

    private Uni<Response> show(int asked, String notice, String bannerText, int status) {
        NoticeMsg msg = page.noticeMsg();
        return notifications.failedDeliveries(asked - 1, PAGE_SIZE).map(result -> {
            Listing listing = new Listing(Paths.FAILED_DELIVERIES, "", asked, PAGE_SIZE, result.totalItems());
            DeliveryList view = new DeliveryList(listing,
                    result.items().stream().map(delivery -> row(delivery, msg)).toList(), notice, bannerText);
            return status == 200 ? listing.answer(false, result.items().isEmpty(), () -> Templates.list(view))
                    : Response.status(status).entity(Templates.list(view)).build();
        });
    }

    private Row row(DeliveryView delivery, NoticeMsg msg) {
        return new Row(delivery.id(), delivery.recipientName(), delivery.recipientEmail(), delivery.subject(),
                NoticeWords.category(delivery.category(), msg), delivery.attempts(), delivery.lastError(),
                NoticeWords.time(delivery.lastAttemptAt() != null ? delivery.lastAttemptAt() : delivery.createdAt(),
                        page));
    }
}
