package se.byra.platform.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonMappingException;

class ProblemMappersTest {

    @Test
    void jsonPathNamesNestedFieldsAndIndexes() {
        List<JsonMappingException.Reference> path = List.of(
                new JsonMappingException.Reference(null, "contacts"),
                new JsonMappingException.Reference(null, 2),
                new JsonMappingException.Reference(null, "email"));

        assertThat(ProblemMappers.jsonPath(path)).isEqualTo("contacts[2].email");
    }

    @Test
    void emptyJsonPathIsTheBody() {
        assertThat(ProblemMappers.jsonPath(List.of())).isEqualTo("body");
    }
}
