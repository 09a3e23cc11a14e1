package io.multisession.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonRequestTest {

    static JsonRequest parse(String body) {
        return JsonRequest.parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)),
                Set.of("session", "info", "groups"));
    }

    @Test
    void readsDeclaredFields() {
        JsonRequest request = parse("{\"session\":\"LONG\",\"groups\":[\"a\",\"b\"]}");
        assertEquals("LONG", request.requiredString("session", 32));
        assertEquals(Optional.empty(), request.optionalString("info", 32));
        assertEquals(List.of("a", "b"), request.stringList("groups", 5, 10));
    }

    @Test
    void refusesWhatIsNotOneJsonObject() {
        for (String body : List.of("", "{", "[]", "\"x\"", "1", "{\"session\":\"a\"} trailing", "nul")) {
            assertThrows(InvalidRequestException.class, () -> parse(body), body);
        }
    }

    @Test
    void refusesUnknownFieldsByName() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> parse("{\"sesion\":\"LONG\"}"));
        assertEquals(Set.of("sesion"), e.fieldErrors().keySet());
    }

    @Test
    void refusesWrongTypesNullsBlanksAndOversizedValues() {
        Map<String, String> cases = Map.of(
                "{\"session\":1}", "Not a valid string.",
                "{\"session\":null}", "This field may not be null.",
                "{\"session\":\"  \"}", "This field may not be blank.",
                "{\"session\":\"" + "x".repeat(33) + "\"}", "Ensure this field has no more than 32 characters.",
                "{}", "This field is required.");
        cases.forEach((body, message) -> {
            InvalidRequestException e = assertThrows(InvalidRequestException.class,
                    () -> parse(body).requiredString("session", 32));
            assertEquals(Map.of("session", message), e.fieldErrors());
        });
        assertThrows(InvalidRequestException.class, () -> parse("{\"groups\":\"a\"}").stringList("groups", 5, 10));
        assertThrows(InvalidRequestException.class, () -> parse("{\"groups\":[1]}").stringList("groups", 5, 10));
        assertThrows(InvalidRequestException.class,
                () -> parse("{\"groups\":[\"a\",\"b\",\"c\"]}").stringList("groups", 2, 10));
    }

    @Test
    void refusesBodiesOverTheLimit() {
        String body = "{\"info\":\"" + "x".repeat(JsonRequest.MAX_BYTES) + "\"}";
        assertThrows(InvalidRequestException.class, () -> parse(body));
    }
}
