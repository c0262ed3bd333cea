package se.byra.platform.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class RouteTableTest {

    @Test
    void aTemplateMatchesItsPathsAndNoOthers() {
        RouteTable.Route route = RouteTable.route("/engagements/{id}/letter/signature", Set.of("POST"));

        assertThat(route.pattern().matcher("/engagements/5f0c/letter/signature").matches()).isTrue();
        assertThat(route.pattern().matcher("/engagements/5f0c/letter/signature/").matches()).isTrue();
        assertThat(route.pattern().matcher("/engagements/a/b/letter/signature").matches()).isFalse();
        assertThat(route.pattern().matcher("/engagements/5f0c/letter").matches()).isFalse();
    }

    @Test
    void aParameterWithItsOwnExpressionKeepsIt() {
        RouteTable.Route route = RouteTable.route("/years/{year: \\d{4}}", Set.of("GET"));

        assertThat(route.pattern().matcher("/years/2027").matches()).isTrue();
        assertThat(route.pattern().matcher("/years/27").matches()).isFalse();
    }

    @Test
    void allowListsHeadWithGetAndAlwaysOptions() {
        assertThat(RouteTable.route("/clients", Set.of("POST", "GET")).allow()).isEqualTo("GET, HEAD, OPTIONS, POST");
        assertThat(RouteTable.route("/x", Set.of("POST")).allow()).isEqualTo("OPTIONS, POST");
    }

    @Test
    void pathsAreJoinedWithOneSlash() {
        assertThat(RouteTable.join("/", "/", "/clients", "")).isEqualTo("/clients");
        assertThat(RouteTable.join("/api/", "v1", "clients/", "/{id}")).isEqualTo("/api/v1/clients/{id}");
        assertThat(RouteTable.join("/", "/", "", "")).isEqualTo("/");
    }
}
