package se.byra.cases.template;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import se.byra.cases.Problems;
import se.byra.cases.casefile.CaseFlow;
import se.byra.cases.casefile.CaseRules;
import se.byra.cases.casefile.CaseType;
import se.byra.cases.consent.Consent;
import se.byra.cases.directory.KnownClient;
import se.byra.cases.template.TemplateApi.Dispatch;
import se.byra.cases.template.TemplateApi.DispatchReport;
import se.byra.cases.template.TemplateApi.Refused;
import se.byra.cases.template.TemplateApi.RefusalCode;
import se.byra.cases.template.TemplateApi.Sent;
import se.byra.cases.template.TemplateApi.TemplateBody;
import se.byra.cases.template.TemplateApi.TemplateView;
import se.byra.platform.access.StaffAccess;
import se.byra.platform.web.paging.Page;
import se.byra.platform.web.paging.PageRequest;

/** The agency's templates, and one template sent to many clients with a report of who could not have it and why. */
@ApplicationScoped
public class Templates {

    @Inject
    CaseFlow flow;

    @Transactional
    public Page<TemplateView> list(StaffAccess staff, CaseType type, PageRequest paging) {
        var query = type == null ? Template.<Template>find("agencyId = ?1 order by lower(name), id", staff.agencyId())
                : Template.<Template>find("agencyId = ?1 and type = ?2 order by lower(name), id", staff.agencyId(), type);
        return Page.of(query.page(paging.page, paging.size).list().stream().map(Templates::view).toList(), paging,
                query.count());
    }

    @Transactional
    public TemplateView get(StaffAccess staff, UUID id) {
        return view(Template.ofAgency(staff.agencyId(), id));
    }

    @Transactional
    public TemplateView create(StaffAccess staff, TemplateBody body) {
        Template template = new Template();
        template.id = UUID.randomUUID();
        template.agencyId = staff.agencyId();
        requireFreeName(staff, body.name(), template.id);
        apply(template, body);
        template.persist();
        Template.flush();
        return view(template);
    }

    @Transactional
    public TemplateView update(StaffAccess staff, UUID id, TemplateBody body) {
        Template template = Template.ofAgency(staff.agencyId(), id);
        Template.getEntityManager().lock(template, LockModeType.PESSIMISTIC_WRITE);
        Template.getEntityManager().refresh(template);
        if (template.version != body.version()) {
            throw Problems.conflict("template-changed", "Template changed",
                    "Someone else changed the template since it was read: reload it");
        }
        requireFreeName(staff, body.name(), id);
        apply(template, body);
        Template.flush();
        return view(template);
    }

    @Transactional
    public TemplateView delete(StaffAccess staff, UUID id) {
        Template template = Template.ofAgency(staff.agencyId(), id);
        TemplateView view = view(template);
        template.delete();
        return view;
    }

    /**
     * Sends the template to each client the caller may see and whose consent is granted, in one transaction; each
     * other client is in the report with its reason. An approval needs its own document per case: not sent in bulk.
     */
    @Transactional
    public DispatchReport dispatch(StaffAccess staff, UUID id, Dispatch body, String byName) {
        Template template = Template.ofAgency(staff.agencyId(), id);
        if (template.type == CaseType.APPROVAL) {
            throw Problems.unprocessable("approval-not-dispatchable", "An approval is sent one by one",
                    "An approval needs its own document for each client: create the cases one by one", "templateId");
        }
        List<Sent> sent = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (UUID clientId : body.clientIds()) {
            if (!seen.add(clientId)) {
                refused.add(new Refused(clientId, null, RefusalCode.DUPLICATE, "The client is in the list twice"));
                continue;
            }
            KnownClient client = KnownClient.findById(clientId);
            if (client == null || !client.agencyId.equals(staff.agencyId()) || !staff.maySee(clientId)) {
                refused.add(new Refused(clientId, null, RefusalCode.UNKNOWN_CLIENT,
                        "No such client of the agency among the caller's clients"));
            } else if (!Consent.granted(clientId)) {
                refused.add(new Refused(clientId, client.name, RefusalCode.NO_CONSENT,
                        "The client has not consented to case management"));
            } else {
                sent.add(new Sent(clientId, client.name, flow.dispatched(staff, template, clientId, body.dueOn(),
                        body.assigneeId(), byName)));
            }
        }
        return new DispatchReport(sent, refused);
    }

    /**
     * A name is the agency's once, whatever its case: another template of it is 409 template-name-taken (two saves
     * at once are the unique index's plain 409).
     */
    private static void requireFreeName(StaffAccess staff, String name, UUID self) {
        if (Template.count("agencyId = ?1 and lower(name) = lower(?2) and id <> ?3", staff.agencyId(),
                name.strip(), self) > 0) {
            throw Problems.conflict("template-name-taken", "Template name taken",
                    "The agency has another template of that name: choose another");
        }
    }

    private static void apply(Template template, TemplateBody body) {
        template.name = body.name().strip();
        template.type = body.type();
        template.title = body.title().strip();
        template.description = body.description().strip();
        template.dueInDays = body.dueInDays();
        template.definition = CaseRules.definition(body.type(), body.definition(), "definition");
        template.updatedAt = Instant.now();
    }

    static TemplateView view(Template t) {
        return new TemplateView(t.id, t.name, t.type, t.title, t.description, t.dueInDays, t.definition, t.updatedAt,
                t.version);
    }
}
