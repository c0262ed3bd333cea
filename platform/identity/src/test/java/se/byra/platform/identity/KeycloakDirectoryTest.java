package se.byra.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.platform.identity.KeycloakDirectory.Identity;

@QuarkusTest
class KeycloakDirectoryTest {

    @Inject
    KeycloakDirectory directory;

    @Test
    void ensureMakesAnEnabledUserWithRolesAndAttributesAndMailsTheLinkToChooseAPassword() {
        Person person = People.staffMember("Karin Ek");

        Identity identity = directory.ensure(person);

        assertThat(identity.created()).isTrue();
        assertThat(directory.isEnabled(identity.subject())).isTrue();
        assertThat(directory.realmRoles(identity.subject())).contains("agency-staff").doesNotContain("agency-admin");
        assertThat(directory.attribute(identity.subject(), "agency_id")).contains(People.AGENCY);
        assertThat(directory.attribute(identity.subject(), "locale")).contains("sv");
        String mail = People.text(People.awaitMailTo(person.email()));
        assertThat(mail).contains("/realms/practice/login-actions/action-token");
    }

    @Test
    void ensuringTheSameEmailAgainFindsTheSameUserAndSendsNoSecondMail() {
        Person person = People.staffMember("Lars Berg");
        Identity first = directory.ensure(person);
        People.awaitMailTo(person.email());

        Identity again = directory.ensure(new Person(person.email().toUpperCase(), "Lars Berg", "sv",
                Set.of("agency-staff", "agency-admin"), person.attributes()));

        assertThat(again.subject()).isEqualTo(first.subject());
        assertThat(again.created()).isFalse();
        assertThat(directory.realmRoles(first.subject())).contains("agency-staff", "agency-admin");
        assertThat(People.mailTo(person.email())).hasSize(1);
    }

    @Test
    void aPersonWhoIsStaffOfAnotherAgencyIsRefusedNotMoved() {
        Person person = People.staffMember("Tove Ek");
        Identity identity = directory.ensure(person);
        Person elsewhere = new Person(person.email(), "Tove Ek", "sv", Set.of("agency-staff"),
                Map.of("agency_id", "0b5f1c9e-7a3d-4e2b-9c1f-3d2e1a0b9c8d"));

        assertThatThrownBy(() -> directory.ensure(elsewhere)).isInstanceOf(IdentityRefusedException.class)
                .hasMessageContaining("agency_id");
        assertThat(directory.attribute(identity.subject(), "agency_id")).contains(People.AGENCY);
    }

    @Test
    void aPersonForWhomAnAttributeIsForeignIsRefusedTheUserThatHasItWhichKeepsItsRoles() {
        Person staff = People.staffMember("Stig Ek");
        Identity identity = directory.ensure(staff);
        Person clientUser = new Person(staff.email(), "Stig Ek", "sv", Set.of("client-user"), Map.of(), Set.of(),
                Set.of("agency_id"));

        assertThatThrownBy(() -> directory.ensure(clientUser)).isInstanceOf(IdentityRefusedException.class)
                .hasMessageContaining("agency_id").hasMessageContaining("a staff member");
        assertThat(directory.realmRoles(identity.subject())).contains("agency-staff").doesNotContain("client-user");
    }

    @Test
    void aPersonWithForeignAttributesReusesAUserThatHasNoneOfThem() {
        Person person = new Person(People.uniqueEmail("Maja Ek"), "Maja Ek", "sv", Set.of("client-user"), Map.of(),
                Set.of(), Set.of("agency_id"));
        Identity first = directory.ensure(person);

        Identity again = directory.ensure(person);

        assertThat(again.subject()).isEqualTo(first.subject());
        assertThat(directory.realmRoles(first.subject())).contains("client-user");
    }

    @Test
    void aRetryResendsTheMailToAUserWhoHasNotChosenAPasswordYet() {
        Person person = People.staffMember("Vera Sand");
        directory.ensure(person);
        People.awaitMailTo(person.email());

        directory.ensure(person, true);

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                .until(() -> People.mailTo(person.email()).size() == 2);
    }

    @Test
    void disablingAUserKeepsThemOutAndDisablingTwiceChangesNothing() {
        Identity identity = directory.ensure(People.staffMember("Nils Holm"));

        directory.disable(identity.subject());
        directory.disable(identity.subject());

        assertThat(directory.isEnabled(identity.subject())).isFalse();
    }

    @Test
    void disablingAUserKeycloakNoLongerHasIsDoneNotRetried() {
        String deleted = java.util.UUID.randomUUID().toString();

        directory.disable(deleted);

        assertThat(directory.isEnabled(deleted)).isFalse();
    }

    @Test
    void ensuringADisabledPersonAgainEnablesThem() {
        Person person = People.staffMember("Eva Lund");
        Identity identity = directory.ensure(person);
        directory.disable(identity.subject());

        directory.ensure(person);

        assertThat(directory.isEnabled(identity.subject())).isTrue();
    }

    @Test
    void updateTakesAwayTheRolesThePersonMustNoLongerHave() {
        Person person = new Person(People.uniqueEmail("Stina Falk"), "Stina Falk", "sv",
                Set.of("agency-staff", "agency-admin"), Map.of("agency_id", People.AGENCY));
        Identity identity = directory.ensure(person);

        directory.update(identity.subject(), new Person(person.email(), "Stina Falk", "sv", Set.of("agency-staff"),
                person.attributes(), Set.of("agency-admin")));

        assertThat(directory.realmRoles(identity.subject())).contains("agency-staff").doesNotContain("agency-admin");
    }

    @Test
    void updateGivesTheUserTheNewLanguageRolesAndAttributes() {
        Person person = People.staffMember("Olle Dahl");
        Identity identity = directory.ensure(person);

        directory.update(identity.subject(), new Person(person.email(), "Olle Dahl", "en",
                Set.of("agency-staff", "agency-admin"), Map.of("agency_id", People.AGENCY)));

        assertThat(directory.attribute(identity.subject(), "locale")).contains("en");
        assertThat(directory.realmRoles(identity.subject())).contains("agency-admin");
    }

    @Test
    void anAddressKeycloakRefusesAsUsernameFailsForGoodWithKeycloaksReason() {
        Person accented = new Person("åsa@byra.test", "Åsa Öberg", "sv", Set.of("agency-staff"), Map.of());

        assertThatThrownBy(() -> directory.ensure(accented)).isInstanceOf(IdentityRefusedException.class);
    }

    @Test
    void anEmailKeycloakRefusesFailsForGoodWithKeycloaksReason() {
        Person invalid = new Person("inte en adress", "Fel Adress", "sv", Set.of("agency-staff"), Map.of());

        assertThatThrownBy(() -> directory.ensure(invalid)).isInstanceOf(IdentityRefusedException.class)
                .hasMessageContaining("Keycloak refused");
    }
}
