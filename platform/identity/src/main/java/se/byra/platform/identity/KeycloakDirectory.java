package se.byra.platform.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ContextResolver;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The people of the realm, through Keycloak's admin API as the provisioning client's service
 * account. Every call is safe to repeat: a person is found by e-mail before one is created, roles
 * are added only when missing, and disabling a disabled user changes nothing. Nobody is given a
 * password: a new user gets Keycloak's own mail with a link to choose one.
 */
@ApplicationScoped
public class KeycloakDirectory {

    /** What a new user must do on the page the mail's link opens. */
    static final List<String> SETUP_ACTIONS = List.of("UPDATE_PASSWORD", "VERIFY_EMAIL");

    @Inject
    IdentityConfig config;

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    java.util.Optional<String> oidcServer;

    private volatile Keycloak keycloak;

    /** A user in the identity provider: its id (the tokens' {@code sub}), and whether this call made it. */
    public record Identity(String subject, boolean created) {
    }

    /**
     * The person's user, made if there is none with that e-mail (enabled, with the roles and
     * attributes, and sent the set-password mail); an existing one is reused, given the roles and
     * attributes it lacks, and enabled again if it was disabled. An existing user whose attribute
     * says otherwise (staff of another agency) is refused, never moved.
     */
    public Identity ensure(Person person) {
        return ensure(person, false);
    }

    /**
     * As {@link #ensure(Person)}; {@code retry} when an earlier attempt may have made the user
     * but not sent the mail (Keycloak failed in between): a user who has still not chosen a
     * password is sent it then.
     */
    public Identity ensure(Person person, boolean retry) {
        return call("ensure the user " + person.email(), () -> {
            RealmResource realm = realm();
            UserRepresentation existing = findByEmail(realm, person.email());
            boolean created = false;
            String id;
            if (existing == null) {
                try (Response response = realm.users().create(newUser(person))) {
                    if (response.getStatus() == 409) {
                        // made meanwhile by another call for the same person: use that one
                        existing = findByEmail(realm, person.email());
                        if (existing == null) {
                            throw new IdentityRefusedException("Keycloak refused the user " + person.email()
                                    + ": its username or e-mail belongs to another user", null);
                        }
                        id = existing.getId();
                    } else {
                        id = CreatedResponseUtil.getCreatedId(response);
                        created = true;
                    }
                }
            } else {
                id = existing.getId();
            }
            UserResource user = realm.users().get(id);
            boolean awaitsPassword = created;
            if (!created) {
                UserRepresentation representation = user.toRepresentation();
                requireNoConflict(representation, person);
                complete(user, representation, person);
                awaitsPassword = retry && representation.getRequiredActions() != null
                        && representation.getRequiredActions().contains("UPDATE_PASSWORD");
            }
            addMissingRoles(user, person);
            if (awaitsPassword) {
                sendSetupMail(user);
            }
            return new Identity(id, created);
        });
    }

    /**
     * The user's name, e-mail, language, roles and attributes as the person's are now: missing
     * roles added, those the person must not have taken away.
     */
    public void update(String subject, Person person) {
        call("update the user " + subject, () -> {
            RealmResource realm = realm();
            UserResource user = realm.users().get(subject);
            UserRepresentation representation = user.toRepresentation();
            representation.setEmail(person.email());
            representation.setFirstName(person.firstName());
            representation.setLastName(person.lastName());
            representation.setAttributes(attributes(representation.getAttributes(), person));
            user.update(representation);
            addMissingRoles(user, person);
            removeWithheldRoles(user, person);
            return null;
        });
    }

    /**
     * The user can no longer sign in, and their sessions end now (their refresh tokens with them). A user someone
     * deleted in Keycloak is as good as disabled: nothing to do, rather than a request retried for ever.
     */
    public void disable(String subject) {
        call("disable the user " + subject, () -> {
            UserResource user = realm().users().get(subject);
            UserRepresentation representation;
            try {
                representation = user.toRepresentation();
            } catch (WebApplicationException e) {
                if (notFound(e)) {
                    return null;
                }
                throw e;
            }
            if (Boolean.TRUE.equals(representation.isEnabled())) {
                representation.setEnabled(false);
                user.update(representation);
            }
            user.logout();
            return null;
        });
    }

    /** Whether a user with this id exists and is enabled; for checks and tests. */
    public boolean isEnabled(String subject) {
        return call("read the user " + subject, () -> {
            try {
                return Boolean.TRUE.equals(realm().users().get(subject).toRepresentation().isEnabled());
            } catch (WebApplicationException e) {
                if (notFound(e)) {
                    return false;
                }
                throw e;
            }
        });
    }

    /** The realm roles the user has; for checks and tests. */
    public List<String> realmRoles(String subject) {
        return call("read the roles of " + subject, () -> realm().users().get(subject).roles().realmLevel()
                .listAll().stream().map(RoleRepresentation::getName).toList());
    }

    /** The user's attribute; for checks and tests. */
    public java.util.Optional<String> attribute(String subject, String name) {
        return call("read the user " + subject, () -> {
            Map<String, List<String>> attributes = realm().users().get(subject).toRepresentation().getAttributes();
            List<String> values = attributes == null ? null : attributes.get(name);
            return values == null || values.isEmpty() ? java.util.Optional.<String>empty()
                    : java.util.Optional.of(values.get(0));
        });
    }

    private static UserRepresentation findByEmail(RealmResource realm, String email) {
        return realm.users().searchByEmail(email, true).stream()
                .filter(user -> email.equalsIgnoreCase(user.getEmail())).findFirst().orElse(null);
    }

    private static UserRepresentation newUser(Person person) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(person.email());
        user.setEmail(person.email());
        user.setFirstName(person.firstName());
        user.setLastName(person.lastName());
        user.setEnabled(true);
        user.setEmailVerified(false);
        user.setAttributes(attributes(null, person));
        user.setRequiredActions(SETUP_ACTIONS);
        return user;
    }

    /**
     * An existing user holding another value of one of the person's attributes, or any value of one of
     * their foreign attributes, belongs to someone else's context.
     */
    private static void requireNoConflict(UserRepresentation user, Person person) {
        Map<String, List<String>> current = user.getAttributes() == null ? Map.of() : user.getAttributes();
        person.attributes().forEach((name, value) -> {
            List<String> values = current.get(name);
            if (values != null && !values.isEmpty() && !values.contains(value)) {
                throw new IdentityRefusedException("the user " + person.email() + " already has another " + name
                        + ": the e-mail belongs to someone elsewhere, and is left as it is", null);
            }
        });
        for (String name : person.foreignAttributes()) {
            List<String> values = current.get(name);
            if (values != null && !values.isEmpty()) {
                throw new IdentityRefusedException("the user " + person.email() + " has an " + name
                        + ": the e-mail belongs to someone elsewhere (a staff member), and is left as it is", null);
            }
        }
    }

    /** A reused user: enabled, with the person's attributes (its name and password are its own). */
    private static void complete(UserResource user, UserRepresentation representation, Person person) {
        Map<String, List<String>> attributes = attributes(representation.getAttributes(), person);
        boolean changed = !attributes.equals(representation.getAttributes() == null ? Map.of()
                : representation.getAttributes());
        if (changed || !Boolean.TRUE.equals(representation.isEnabled())) {
            representation.setAttributes(attributes);
            representation.setEnabled(true);
            user.update(representation);
        }
    }

    private static Map<String, List<String>> attributes(Map<String, List<String>> current, Person person) {
        Map<String, List<String>> attributes = new HashMap<>(current == null ? Map.of() : current);
        person.attributes().forEach((name, value) -> attributes.put(name, List.of(value)));
        attributes.put("locale", List.of(person.language()));
        return attributes;
    }

    /**
     * Adds the person's realm roles the user lacks, taken from those the user may still be given:
     * reading a role by name would need view-realm, which the provisioning client does not hold.
     */
    private static void addMissingRoles(UserResource user, Person person) {
        List<RoleRepresentation> missing = new ArrayList<>();
        for (RoleRepresentation role : user.roles().realmLevel().listAvailable()) {
            if (person.realmRoles().contains(role.getName())) {
                missing.add(role);
            }
        }
        if (!missing.isEmpty()) {
            user.roles().realmLevel().add(missing);
        }
    }

    private static void removeWithheldRoles(UserResource user, Person person) {
        List<RoleRepresentation> withheld = user.roles().realmLevel().listAll().stream()
                .filter(role -> person.withoutRoles().contains(role.getName())).toList();
        if (!withheld.isEmpty()) {
            user.roles().realmLevel().remove(withheld);
        }
    }

    private void sendSetupMail(UserResource user) {
        int lifespan = (int) Math.min(Integer.MAX_VALUE, config.setupLinkLifetime().toSeconds());
        user.executeActionsEmail(config.returnClientId(), config.returnUrl().orElse(null), lifespan, SETUP_ACTIONS);
    }

    // ---- the client and its failures

    private RealmResource realm() {
        return client().realm(realmName());
    }

    private Keycloak client() {
        Keycloak client = keycloak;
        if (client == null) {
            synchronized (this) {
                client = keycloak;
                if (client == null) {
                    String secret = config.clientSecret().orElseThrow(() -> new IdentityUnavailableException(
                            "platform.identity.client-secret is not set: provisioning waits for it", null));
                    client = KeycloakBuilder.builder().serverUrl(serverUrl()).realm(realmName())
                            .grantType(OAuth2Constants.CLIENT_CREDENTIALS).clientId(config.clientId())
                            .clientSecret(secret)
                            .resteasyClient(ClientBuilder.newBuilder()
                                    .connectTimeout(config.callTimeout().toMillis(), TimeUnit.MILLISECONDS)
                                    .readTimeout(config.callTimeout().toMillis(), TimeUnit.MILLISECONDS)
                                    .register(new KeycloakJson()).build())
                            .build();
                    keycloak = client;
                }
            }
        }
        return client;
    }

    String serverUrl() {
        return config.serverUrl().orElseGet(() -> issuer().substring(0, issuer().indexOf("/realms/")));
    }

    String realmName() {
        return config.realm().orElseGet(() -> issuer().substring(issuer().indexOf("/realms/") + 8)
                .replaceAll("/+$", ""));
    }

    private String issuer() {
        String issuer = oidcServer.orElseThrow(() -> new IllegalStateException(
                "set platform.identity.server-url and realm, or quarkus.oidc.auth-server-url"));
        if (!issuer.contains("/realms/")) {
            throw new IllegalStateException("quarkus.oidc.auth-server-url " + issuer + " names no realm: set "
                    + "platform.identity.server-url and platform.identity.realm");
        }
        return issuer;
    }

    /**
     * Runs an admin API call, telling the two kinds of failure apart: Keycloak away, slow or
     * refusing this client (try again later) from Keycloak refusing the request (it stays refused).
     */
    private <T> T call(String what, Supplier<T> action) {
        try {
            return action.get();
        } catch (IdentityUnavailableException | IdentityRefusedException e) {
            throw e;
        } catch (ProcessingException e) {
            throw new IdentityUnavailableException("could not " + what + ": Keycloak did not answer ("
                    + rootMessage(e) + ")", e);
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
            if (status == 400 || status == 409 || status == 422) {
                throw new IdentityRefusedException("Keycloak refused to " + what + " (" + status + "): "
                        + body(e), e);
            }
            // 401/403: the provisioning client's secret or roles are wrong; 5xx: Keycloak's trouble
            throw new IdentityUnavailableException("could not " + what + ": Keycloak answered " + status
                    + (status == 401 || status == 403 ? " (check the provisioning client's secret and roles)" : ""),
                    e);
        }
    }

    /** The admin client's answer for a user that is not there (its reactive client does not throw NotFoundException). */
    private static boolean notFound(WebApplicationException e) {
        return e.getResponse() != null && e.getResponse().getStatus() == 404;
    }

    private static String body(WebApplicationException e) {
        try {
            String body = e.getResponse().readEntity(String.class);
            return body == null || body.isBlank() ? e.getMessage() : body.strip();
        } catch (RuntimeException unreadable) {
            return e.getMessage();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    /**
     * Keycloak's JSON read and written as Keycloak's own client does, not with the application's
     * mapper: a service's strict settings (platform/web's StrictJson refuses trailing tokens) break
     * the representations' own deserializers.
     */
    static final class KeycloakJson implements ContextResolver<ObjectMapper> {

        private static final ObjectMapper MAPPER = new ObjectMapper()
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

        @Override
        public ObjectMapper getContext(Class<?> type) {
            return MAPPER;
        }
    }

    @PreDestroy
    void close() {
        Keycloak client = keycloak;
        if (client != null) {
            client.close();
        }
    }
}
