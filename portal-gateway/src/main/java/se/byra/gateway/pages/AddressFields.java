package se.byra.gateway.pages;

import static se.byra.gateway.pages.FormValues.orNull;
import static se.byra.gateway.pages.FormValues.text;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import se.byra.gateway.downstream.EngagementApi.AddressData;

/**
 * A postal address on a form (a client's, the agency's): street, postal code and city, with the
 * country kept as the service has it (the forms do not ask; SE when absent). The fields' ids are
 * {@code street}, {@code postalCode} and {@code city}; the service's errors name them
 * {@code address.street} and so on.
 */
public final class AddressFields {

    public static final List<String> IDS = List.of("street", "postalCode", "city");

    public String street = "";
    public String postalCode = "";
    public String city = "";
    public String country = "";

    public static AddressFields of(AddressData address) {
        AddressFields fields = new AddressFields();
        if (address != null) {
            fields.street = text(address.street());
            fields.postalCode = text(Formats.postalCode(address.postalCode()));
            fields.city = text(address.city());
            fields.country = text(address.country());
        }
        return fields;
    }

    public static AddressFields of(String street, String postalCode, String city, String country) {
        AddressFields fields = new AddressFields();
        fields.street = text(street);
        fields.postalCode = text(postalCode);
        fields.city = text(city);
        fields.country = text(country);
        return fields;
    }

    /** What the service gets: null when nothing was filled in. */
    public AddressData data() {
        if (street.isEmpty() && postalCode.isEmpty() && city.isEmpty() && country.isEmpty()) {
            return null;
        }
        return new AddressData(orNull(street), orNull(postalCode), orNull(city), orNull(country));
    }

    /** The field a service's error about the address is shown at; null when it is not about the address. */
    public static String target(String serviceField) {
        return switch (serviceField) {
            case "address", "address.street", "address.country" -> "street";
            case "address.postalCode" -> "postalCode";
            case "address.city" -> "city";
            default -> null;
        };
    }

    /** The label of one of the address's fields; null for another field. */
    public static String label(String id, Msg msg) {
        return switch (id) {
            case "street" -> msg.field_street();
            case "postalCode" -> msg.field_postal_code();
            case "city" -> msg.field_city();
            default -> null;
        };
    }

    /** The address as it is written on an envelope: street, postal code and city, the country if not Sweden. */
    public static List<String> lines(AddressData address) {
        if (address == null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        if (address.street() != null && !address.street().isBlank()) {
            lines.add(address.street());
        }
        String postal = String.join(" ", Stream.of(Formats.postalCode(address.postalCode()), address.city())
                .filter(p -> p != null && !p.isBlank()).toList());
        if (!postal.isEmpty()) {
            lines.add(postal);
        }
        if (address.country() != null && !"SE".equals(address.country())) {
            lines.add(address.country());
        }
        return lines;
    }
}
