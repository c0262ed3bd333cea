package se.byra.engagement.client;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Postal address; all parts are needed before the client can be invited anywhere. */
@Embeddable
public class Address {

    @Column(name = "street")
    public String street;

    @Column(name = "postal_code")
    public String postalCode;

    @Column(name = "city")
    public String city;

    @Column(name = "country", nullable = false)
    public String country = "SE";
}
