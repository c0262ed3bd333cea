package se.byra.platform.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.Test;

class OidcServerTest {

    private final OidcServer issuer = OidcServer.get();

    @Test
    void theDiscoveryDocumentNamesTheIssuerAndItsKeys() throws Exception {
        String discovery = get(issuer.issuer() + "/.well-known/openid-configuration");

        assertThat(discovery).contains("\"issuer\":\"" + issuer.issuer() + "\"")
                .contains("\"jwks_uri\":\"" + issuer.issuer() + "/protocol/openid-connect/certs\"");
    }

    @Test
    void aStaffTokenVerifiesAgainstThePublishedKeyAndCarriesAgencyAndRoles() throws Exception {
        UUID agency = UUID.randomUUID();
        String token = TestTokens.staff(agency).subject("karin").name("Karin").email("karin@byra.se").token();

        JwtClaims claims = consumer().processToClaims(token);

        assertThat(claims.getIssuer()).isEqualTo(issuer.issuer());
        assertThat(claims.getSubject()).isEqualTo("karin");
        assertThat(claims.getStringClaimValue("agency_id")).isEqualTo(agency.toString());
        assertThat(claims.getStringClaimValue("email")).isEqualTo("karin@byra.se");
        @SuppressWarnings("unchecked")
        Map<String, List<Object>> realmAccess = (Map<String, List<Object>>) claims.getClaimValue("realm_access");
        assertThat( realmAccess.get("roles")).containsExactly("agency-staff");
    }

    @Test
    void aClientUserBelongsToNoAgency() throws Exception {
        JwtClaims claims = consumer().processToClaims(TestTokens.clientUser().token());

        assertThat(claims.hasClaim("agency_id")).isFalse();
    }

    @Test
    void aTokenSignedByAnotherKeyFailsVerification() throws Exception {
        String forged = TestTokens.staff(UUID.randomUUID()).signedByUnknownKey();
        JwtConsumer consumer = consumer();

        assertThatThrownBy(() -> consumer.processToClaims(forged)).isInstanceOf(InvalidJwtException.class);
    }

    private JwtConsumer consumer() throws IOException, InterruptedException, JoseException {
        JsonWebKeySet keys = new JsonWebKeySet(get(issuer.issuer() + "/protocol/openid-connect/certs"));
        return new JwtConsumerBuilder()
                .setExpectedIssuer(issuer.issuer())
                .setExpectedAudience(TestTokens.SUITE_AUDIENCE)
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(keys.getJsonWebKeys()))
                .build();
    }

    private static String get(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
