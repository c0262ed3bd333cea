package se.byra.engagement.staff;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Whether a token's subject is a deactivated staff member of its agency. */
@ApplicationScoped
public class DeactivatedStaff {

    /** One index lookup ({@code staff_member_subject}). */
    @Transactional
    public boolean is(UUID agencyId, String subject) {
        return StaffMember.count("agencyId = ?1 and subject = ?2 and status = ?3", agencyId, subject,
                StaffStatus.DEACTIVATED) > 0;
    }
}
