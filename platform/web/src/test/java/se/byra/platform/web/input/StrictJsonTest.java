package se.byra.platform.web.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

class StrictJsonTest {

    record Contact(String name, boolean main) {
    }

    record Body(String title, @Schema(extensions = @Extension(name = MultiLine.EXTENSION, value = "true")) String terms,
            List<Contact> contacts, List<UUID> ids, LocalDate start, int count) {
    }

    enum Permission {
        FULL,
        OWN_CLIENTS
    }

    record Member(Permission permission) {
    }

    private final ObjectMapper mapper = strict();

    @ParameterizedTest
    @ValueSource(strings = { "\\u0000FULL", "FULL\\n", " FULL", "FULL\\u001F" })
    void anEnumValueWithControlCharactersOrSpaceAroundItIsRefusedAtItsField(String value) {
        assertThatThrownBy(() -> mapper.readValue("{\"permission\":\"" + value + "\"}", Member.class))
                .isInstanceOf(RejectedInputException.class)
                .satisfies(e -> assertThat(pathOf(e)).endsWith("[\"permission\"]"));
    }

    @Test
    void anEnumValueExactlyAsWrittenIsRead() throws Exception {
        assertThat(mapper.readValue("{\"permission\":\"OWN_CLIENTS\"}", Member.class).permission())
                .isEqualTo(Permission.OWN_CLIENTS);
    }

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictJson().customize(mapper);
        return mapper;
    }

    private Body read(String json) throws JsonProcessingException {
        return mapper.readValue(json, Body.class);
    }

    private static String pathOf(Throwable e) {
        return ((JsonMappingException) e).getPathReference();
    }

    @Test
    void aValidBodyIsReadWithLeftOutPrimitivesAtTheirDefaults() throws Exception {
        Body body = read("""
                {"title":"Bokslut","terms":"rad ett\\nrad två","contacts":[{"name":"Anna"}],
                 "ids":["5f0c1b7e-3a43-4c4e-9f1a-0c1b7e3a434c"],"start":"2027-01-01"}""");

        assertThat(body.contacts()).containsExactly(new Contact("Anna", false));
        assertThat(body.count()).isZero();
        assertThat(body.terms()).isEqualTo("rad ett\nrad två");
    }

    @Test
    void aControlCharacterIsRefusedAtItsField() {
        assertThatThrownBy(() -> read("{\"contacts\":[{\"name\":\"A\\u0000\"}]}"))
                .isInstanceOf(RejectedInputException.class)
                .satisfies(e -> assertThat(pathOf(e)).contains("contacts").contains("[0]").contains("name"));
    }

    @Test
    void aLineBreakIsRefusedInOneLineTextButNotInMultiLineText() throws Exception {
        assertThatThrownBy(() -> read("{\"title\":\"a\\nb\"}")).isInstanceOf(RejectedInputException.class);
        assertThat(read("{\"terms\":\"a\\nb\"}").terms()).isEqualTo("a\nb");
    }

    @Test
    void aNullListElementIsRefusedAtItsIndex() {
        assertThatThrownBy(() -> read("{\"ids\":[\"5f0c1b7e-3a43-4c4e-9f1a-0c1b7e3a434c\",null]}"))
                .isInstanceOf(JsonMappingException.class)
                .satisfies(e -> assertThat(((JsonMappingException) e).getPath().get(1).getIndex()).isEqualTo(1));
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"title\":12}", "{\"count\":\"12\"}", "{\"count\":1.5}", "{\"contacts\":[{\"main\":1}]}",
            "{\"contacts\":[{\"main\":\"true\"}]}", "{\"contacts\":[{\"main\":null}]}", "{\"start\":20270101}",
            "{\"start\":[2027,1,1]}", "{\"ids\":[\"AAAAAAAAAAAAAAAAAAAAAA==\"]}", "{\"count\":99999999999}" })
    void nothingIsCoercedIntoATypeTheSchemaDoesNotAllow(String json) {
        assertThatThrownBy(() -> read(json)).isInstanceOf(JsonProcessingException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = { "-5000-01-01", "+10000-01-01", "1899-12-31", "2200-01-01" })
    void datesOutsideTheBusinessRangeAreRefused(String date) {
        assertThatThrownBy(() -> read("{\"start\":\"" + date + "\"}"))
                .isInstanceOf(RejectedInputException.class)
                .satisfies(e -> assertThat(((RejectedInputException) e).messageKey()).isEqualTo("value.date.range"));
    }

    @Test
    void duplicateNamesTrailingTokensAndDeepNestingAreRefused() {
        assertThatThrownBy(() -> read("{\"title\":\"a\",\"title\":\"b\"}")).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> read("{\"title\":\"a\"} {}")).isInstanceOf(JsonProcessingException.class);
        String deep = "{\"x\":".repeat(100) + "1" + "}".repeat(100);
        assertThatThrownBy(() -> read(deep)).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void textIsStoredInNfc() throws Exception {
        assertThat(read("{\"title\":\"Va\\u030Arby\"}").title()).isEqualTo("Vårby");
    }
}
