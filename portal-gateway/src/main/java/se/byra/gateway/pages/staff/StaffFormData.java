package se.byra.gateway.pages.staff;

import org.jboss.resteasy.reactive.RestForm;

/** The staff member's form as posted; {@code administrator} is {@code true} when the box is ticked, absent otherwise. */
public class StaffFormData {

    @RestForm
    public String name;

    @RestForm
    public String email;

    @RestForm
    public String language;

    @RestForm
    public String permission;

    @RestForm
    public String administrator;

    @RestForm
    public String version;
}
