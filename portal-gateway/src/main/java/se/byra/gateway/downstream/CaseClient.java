package se.byra.gateway.downstream;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import io.smallrye.mutiny.Uni;
import se.byra.gateway.downstream.CaseApi.AttachmentView;
import se.byra.gateway.downstream.CaseApi.CaseEdit;
import se.byra.gateway.downstream.CaseApi.CaseSummary;
import se.byra.gateway.downstream.CaseApi.CaseView;
import se.byra.gateway.downstream.CaseApi.ClientSummary;
import se.byra.gateway.downstream.CaseApi.Closing;
import se.byra.gateway.downstream.CaseApi.CommentView;
import se.byra.gateway.downstream.CaseApi.ConsentItem;
import se.byra.gateway.downstream.CaseApi.ConsentView;
import se.byra.gateway.downstream.CaseApi.Dispatch;
import se.byra.gateway.downstream.CaseApi.DispatchReport;
import se.byra.gateway.downstream.CaseApi.HistoryView;
import se.byra.gateway.downstream.CaseApi.NewCase;
import se.byra.gateway.downstream.CaseApi.TemplateBody;
import se.byra.gateway.downstream.CaseApi.TemplateView;
import se.byra.gateway.downstream.CaseApi.Text;

/** case-service's staff endpoints, called with the signed-in user's access token. Use {@link CaseCalls}. */
@RegisterRestClient(configKey = "case")
@AccessToken
@RegisterProvider(ServiceErrors.class)
@RegisterClientHeaders(CallerLanguage.class)
public interface CaseClient {

    // Consent

    @GET
    @Path("/clients/{clientId}/consent")
    Uni<ConsentView> consent(@PathParam("clientId") UUID clientId);

    @POST
    @Path("/clients/{clientId}/consent/request")
    Uni<ConsentView> requestConsent(@PathParam("clientId") UUID clientId, Map<String, Object> none);

    @GET
    @Path("/consents")
    Uni<ServicePage<ConsentItem>> consents(@QueryParam("status") String status, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/clients/{clientId}/case-summary")
    Uni<ClientSummary> summary(@PathParam("clientId") UUID clientId);

    // Cases

    @GET
    @Path("/cases")
    Uni<ServicePage<CaseSummary>> board(@QueryParam("status") List<String> status, @QueryParam("type") String type,
            @QueryParam("assigneeId") UUID assigneeId, @QueryParam("clientId") UUID clientId,
            @QueryParam("dueBefore") LocalDate dueBefore, @QueryParam("overdue") Boolean overdue,
            @QueryParam("q") String query, @QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    @Path("/cases")
    Uni<CaseView> create(NewCase body);

    @GET
    @Path("/cases/{id}")
    Uni<CaseView> get(@PathParam("id") UUID id);

    @PUT
    @Path("/cases/{id}")
    Uni<CaseView> edit(@PathParam("id") UUID id, CaseEdit body);

    @POST
    @Path("/cases/{id}/sending")
    Uni<CaseView> send(@PathParam("id") UUID id, Map<String, Object> none);

    @POST
    @Path("/cases/{id}/return")
    Uni<CaseView> returnToClient(@PathParam("id") UUID id, Text body);

    @POST
    @Path("/cases/{id}/closing")
    Uni<CaseView> close(@PathParam("id") UUID id, Closing body);

    @POST
    @Path("/cases/{id}/cancellation")
    Uni<CaseView> cancel(@PathParam("id") UUID id, Closing body);

    @POST
    @Path("/cases/{id}/read")
    Uni<Void> read(@PathParam("id") UUID id, Map<String, Object> none);

    @GET
    @Path("/cases/{id}/comments")
    Uni<ServicePage<CommentView>> comments(@PathParam("id") UUID id, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @POST
    @Path("/cases/{id}/comments")
    Uni<CommentView> comment(@PathParam("id") UUID id, Text body);

    @GET
    @Path("/cases/{id}/history")
    Uni<ServicePage<HistoryView>> history(@PathParam("id") UUID id, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @POST
    @Path("/cases/{id}/attachments")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    Uni<AttachmentView> attach(@PathParam("id") UUID id, @QueryParam("item") String item,
            @QueryParam("fileName") String fileName, byte[] content);

    @GET
    @Path("/cases/{id}/attachments/{attachmentId}")
    @Produces({ MediaType.APPLICATION_OCTET_STREAM, "application/problem+json" })
    Uni<RestResponse<byte[]>> download(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId);

    @DELETE
    @Path("/cases/{id}/attachments/{attachmentId}")
    Uni<AttachmentView> removeAttachment(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId);

    // Templates

    @GET
    @Path("/case-templates")
    Uni<ServicePage<TemplateView>> templates(@QueryParam("type") String type, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @POST
    @Path("/case-templates")
    Uni<TemplateView> createTemplate(TemplateBody body);

    @GET
    @Path("/case-templates/{id}")
    Uni<TemplateView> template(@PathParam("id") UUID id);

    @PUT
    @Path("/case-templates/{id}")
    Uni<TemplateView> updateTemplate(@PathParam("id") UUID id, TemplateBody body);

    @DELETE
    @Path("/case-templates/{id}")
    Uni<TemplateView> deleteTemplate(@PathParam("id") UUID id);

    @POST
    @Path("/case-templates/{id}/dispatch")
    Uni<DispatchReport> dispatch(@PathParam("id") UUID id, Dispatch body);
}
