package se.byra.engagement.client;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import se.byra.engagement.client.ClientApi.AddressData;

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

    /** The address a request gave (none: an empty one in Sweden); postal codes kept without the space. */
    public static Address of(AddressData data) {
        Address address = new Address();
        if (data != null) {
            address.street = data.street();
            address.postalCode = data.postalCode() == null ? null : data.postalCode().replace(" ", "");
            address.city = data.city();
            address.country = data.country() == null ? "SE" : data.country();
        }
        return address;
    }

    /** As the API shows it; null for no address. */
    public static AddressData data(Address address) {
        return address == null ? null
                : new AddressData(address.street, address.postalCode, address.city, address.country);
    }
}
