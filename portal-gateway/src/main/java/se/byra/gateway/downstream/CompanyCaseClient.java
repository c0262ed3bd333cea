package se.byra.gateway.downstream;

import java.util.List;
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
import se.byra.gateway.downstream.CompanyCaseApi.AnswerBody;
import se.byra.gateway.downstream.CompanyCaseApi.Attachment;
import se.byra.gateway.downstream.CompanyCaseApi.CaseCard;
import se.byra.gateway.downstream.CompanyCaseApi.CaseMenu;
import se.byra.gateway.downstream.CompanyCaseApi.CaseTask;
import se.byra.gateway.downstream.CompanyCaseApi.CaseView;
import se.byra.gateway.downstream.CompanyCaseApi.Comment;
import se.byra.gateway.downstream.CompanyCaseApi.CompanyConsentView;
import se.byra.gateway.downstream.CompanyCaseApi.ConsentAnswer;
import se.byra.gateway.downstream.CompanyCaseApi.Contact;
import se.byra.gateway.downstream.CompanyCaseApi.HistoryEntry;
import se.byra.gateway.downstream.CompanyCaseApi.Question;
import se.byra.gateway.downstream.CompanyCaseApi.Text;

/**
 * case-service's portal side: a company's consent and cases as its users read and answer them, and the signed-in
 * user's to-dos. Called with the user's access token in the page's language. Use {@link CompanyCaseCalls}.
 */
@RegisterRestClient(configKey = "case")
@AccessToken
@RegisterProvider(ServiceErrors.class)
@RegisterClientHeaders(CallerLanguage.class)
public interface CompanyCaseClient {

    @GET
    @Path("/me/case-tasks")
    Uni<ServicePage<CaseTask>> tasks(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/companies/{clientId}/consent")
    Uni<CompanyConsentView> consent(@PathParam("clientId") UUID clientId);

    @POST
    @Path("/companies/{clientId}/consent/grant")
    Uni<CompanyConsentView> grant(@PathParam("clientId") UUID clientId, Object body);

    @POST
    @Path("/companies/{clientId}/consent/decline")
    Uni<CompanyConsentView> decline(@PathParam("clientId") UUID clientId, ConsentAnswer body);

    @POST
    @Path("/companies/{clientId}/consent/revocation")
    Uni<CompanyConsentView> revoke(@PathParam("clientId") UUID clientId, ConsentAnswer body);

    @GET
    @Path("/companies/{clientId}/case-menu")
    Uni<CaseMenu> menu(@PathParam("clientId") UUID clientId);

    @GET
    @Path("/companies/{clientId}/case-contacts")
    Uni<List<Contact>> contacts(@PathParam("clientId") UUID clientId);

    @GET
    @Path("/companies/{clientId}/cases")
    Uni<ServicePage<CaseCard>> cases(@PathParam("clientId") UUID clientId, @QueryParam("state") String state,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    @Path("/companies/{clientId}/cases")
    Uni<CaseView> ask(@PathParam("clientId") UUID clientId, Question body);

    @GET
    @Path("/companies/{clientId}/cases/{id}")
    Uni<CaseView> get(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id);

    @PUT
    @Path("/companies/{clientId}/cases/{id}/answer")
    Uni<CaseView> save(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id, AnswerBody body);

    @POST
    @Path("/companies/{clientId}/cases/{id}/answer/submission")
    Uni<CaseView> submit(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id, AnswerBody body);

    @POST
    @Path("/companies/{clientId}/cases/{id}/read")
    Uni<Void> read(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id);

    @GET
    @Path("/companies/{clientId}/cases/{id}/comments")
    Uni<ServicePage<Comment>> comments(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    @Path("/companies/{clientId}/cases/{id}/comments")
    Uni<Comment> comment(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id, Text body);

    @GET
    @Path("/companies/{clientId}/cases/{id}/history")
    Uni<ServicePage<HistoryEntry>> history(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id,
            @QueryParam("page") int page, @QueryParam("size") int size);

    /** The file as it is, the body of the request; the service reads its type from the bytes. */
    @POST
    @Path("/companies/{clientId}/cases/{id}/attachments")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    Uni<Attachment> attach(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id,
            @QueryParam("item") String item, @QueryParam("fileName") String fileName, byte[] content);

    @GET
    @Path("/companies/{clientId}/cases/{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    Uni<RestResponse<byte[]>> download(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id,
            @PathParam("attachmentId") UUID attachmentId);

    @DELETE
    @Path("/companies/{clientId}/cases/{id}/attachments/{attachmentId}")
    Uni<Attachment> remove(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id,
            @PathParam("attachmentId") UUID attachmentId);
}
