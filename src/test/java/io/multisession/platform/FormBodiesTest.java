package io.multisession.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FormBodiesTest {

    static final String URL_ENCODED = "application/x-www-form-urlencoded";

    @Test
    void aUrlEncodedFormBecomesAnObjectOfStrings() {
        JsonObject json = FormBodies.toJson(URL_ENCODED + "; charset=UTF-8",
                bytes("username=ann%40example.com&password=p%C3%A4ss+word&session=LONG&session=SHORT"));
        assertEquals("ann@example.com", json.getString("username"));
        assertEquals("päss word", json.getString("password"));
        assertEquals("SHORT", json.getString("session"), "the last value wins, as in DRF");
    }

    @Test
    void aMultipartFormKeepsItsTextFieldsAndIgnoresFiles() {
        String body = "--XyZ\r\nContent-Disposition: form-data; name=\"username\"\r\n\r\nann\r\n"
                + "--XyZ\r\nContent-Disposition: form-data; name=\"info\"\r\n\r\nline one\r\nline two ü\r\n"
                + "--XyZ\r\nContent-Disposition: form-data; name=\"avatar\"; filename=\"a.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n\u0089PNG\r\n--XyZ--\r\n";
        JsonObject json = FormBodies.toJson("multipart/form-data; boundary=XyZ", bytes(body));
        assertEquals("ann", json.getString("username"));
        assertEquals("line one\r\nline two ü", json.getString("info"));
        assertFalse(json.containsKey("avatar"));
    }

    @Test
    void malformedFormsAreA400() {
        assertThrows(InvalidRequestException.class, () -> FormBodies.toJson(URL_ENCODED, bytes("username=%zz")));
        assertThrows(InvalidRequestException.class, () -> FormBodies.toJson("multipart/form-data", bytes("x")));
        assertThrows(InvalidRequestException.class, () -> FormBodies.toJson("multipart/form-data; boundary=b",
                bytes("--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nno end")));
        assertEquals(0, FormBodies.toJson(URL_ENCODED, bytes("")).size());
    }

    @Test
    void onlyFormsAreForms() {
        assertTrue(FormBodies.isForm("Multipart/Form-Data; boundary=x"));
        assertTrue(FormBodies.isForm(URL_ENCODED));
        assertFalse(FormBodies.isForm("application/json"));
        assertFalse(FormBodies.isForm(null));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
