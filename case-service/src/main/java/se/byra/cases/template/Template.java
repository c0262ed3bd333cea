package se.byra.cases.template;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import se.byra.cases.casefile.CaseType;
import se.byra.cases.casefile.Definition;
import se.byra.platform.web.problem.ProblemException;

/** An agency's template of a case: what a case made from it starts with. */
@Entity
@Table(name = "case_template")
public class Template extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "agency_id", nullable = false, updatable = false)
    public UUID agencyId;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseType type;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String description;

    @Column(name = "due_in_days")
    public Integer dueInDays;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Definition definition;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;

    /** The agency's template; another agency's answers 404 like none. */
    public static Template ofAgency(UUID agencyId, UUID id) {
        Template template = findById(id);
        if (template == null || !template.agencyId.equals(agencyId)) {
            throw ProblemException.notFound("Template", id);
        }
        return template;
    }
}
