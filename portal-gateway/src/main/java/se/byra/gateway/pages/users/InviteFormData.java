package se.byra.gateway.pages.users;

import org.jboss.resteasy.reactive.RestForm;

/** The invitation form as posted; the agency's has no {@code language} (the service's default, Swedish). */
public class InviteFormData {

    @RestForm
    public String name;

    @RestForm
    public String email;

    @RestForm
    public String role;

    @RestForm
    public String language;
}
