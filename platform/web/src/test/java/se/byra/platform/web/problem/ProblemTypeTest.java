package se.byra.platform.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.byra.platform.events.AbsoluteUri;

class ProblemTypeTest {

    private static List<URI> constants() {
        return Arrays.stream(ProblemType.class.getDeclaredFields())
                .filter(f -> Modifier.isPublic(f.getModifiers()) && f.getType() == URI.class)
                .map(ProblemTypeTest::value).toList();
    }

    @Test
    void everyProblemTypeIsAnAbsoluteUriClientsCanParse() {
        assertThat(constants()).hasSizeGreaterThan(1)
                .allSatisfy(type -> assertThat(AbsoluteUri.violation(type.toString())).as(type.toString()).isEmpty());
    }

    @Test
    void ourProblemTypesAreTagUrisOfTheTaggingEntity() {
        assertThat(constants()).filteredOn(type -> !type.equals(ProblemType.BLANK))
                .allSatisfy(type -> assertThat(type.toString()).matches("tag:byra\\.se,2026:problem:[a-z]+(-[a-z]+)*"));
        assertThat(ProblemType.NOT_FOUND).hasToString("tag:byra.se,2026:problem:not-found");
    }

    @Test
    void theFormerUrnWouldBeRefused() {
        assertThat(AbsoluteUri.violation("urn:se.byra:problem:not-found")).isPresent();
    }

    private static URI value(Field field) {
        try {
            return (URI) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
