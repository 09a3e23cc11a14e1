package io.multisession.platform;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an HTML form body, {@code application/x-www-form-urlencoded} or {@code multipart/form-data}, as the JSON object
 * of its text fields, so that a form goes through exactly the validation a JSON body does (DRF, the seeds' framework,
 * took both). A field sent twice keeps its last value, as DRF's {@code QueryDict.get} did; file parts are ignored.
 */
public final class FormBodies {

    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=\"?([^\";]{1,70})\"?");
    private static final Pattern NAME = Pattern.compile("(?i)\\bname=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("(?i)\\bfilename\\*?=");

    private FormBodies() {
    }

    /** Whether {@code contentType} names a form this class reads. */
    public static boolean isForm(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data");
    }

    public static JsonObject toJson(String contentType, byte[] body) {
        Map<String, String> fields = contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")
                ? multipart(contentType, body) : urlEncoded(body);
        JsonObjectBuilder json = Jsons.object();
        fields.forEach(json::add);
        return json.build();
    }

    private static Map<String, String> urlEncoded(byte[] body) {
        Map<String, String> fields = new LinkedHashMap<>();
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            return fields;
        }
        try {
            for (String pair : text.strip().split("&")) {
                int equals = pair.indexOf('=');
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                if (!name.isEmpty()) {
                    fields.put(name, value);
                }
            }
        } catch (IllegalArgumentException badEscape) {
            throw new InvalidRequestException("The form body is not valid application/x-www-form-urlencoded.");
        }
        return fields;
    }

    private static Map<String, String> multipart(String contentType, byte[] body) {
        Matcher boundary = BOUNDARY.matcher(contentType);
        if (!boundary.find()) {
            throw new InvalidRequestException("A multipart/form-data body needs a boundary.");
        }
        // ISO-8859-1 maps every byte to one char, so offsets found in the text are offsets in the bytes
        String text = new String(body, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + boundary.group(1);
        Map<String, String> fields = new LinkedHashMap<>();
        int start = text.indexOf(delimiter);
        while (start >= 0) {
            int partStart = start + delimiter.length();
            if (text.startsWith("--", partStart)) {
                return fields;
            }
            int next = text.indexOf("\r\n" + delimiter, partStart);
            int headersEnd = text.indexOf("\r\n\r\n", partStart);
            if (next < 0 || headersEnd < 0 || headersEnd > next) {
                break;
            }
            String headers = text.substring(partStart, headersEnd);
            Matcher name = NAME.matcher(headers);
            if (name.find() && !FILENAME.matcher(headers).find()) {
                byte[] value = text.substring(headersEnd + 4, next).getBytes(StandardCharsets.ISO_8859_1);
                fields.put(name.group(1), new String(value, StandardCharsets.UTF_8));
            }
            start = next + 2;
        }
        throw new InvalidRequestException("The multipart/form-data body is malformed.");
    }
}
