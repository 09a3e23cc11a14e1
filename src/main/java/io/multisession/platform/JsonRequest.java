package io.multisession.platform;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A request body read strictly: at most {@link #MAX_BYTES}, one JSON object, only the fields the endpoint declares,
 * and every field of the expected type and length. Anything else is an {@link InvalidRequestException}, so nothing
 * malformed reaches business code.
 */
public final class JsonRequest {

    public static final int MAX_BYTES = 16 * 1024;

    private final JsonObject body;

    private JsonRequest(JsonObject body) {
        this.body = body;
    }

    public static JsonRequest parse(InputStream stream, Set<String> allowedFields) {
        JsonObject object = readObject(readBounded(stream));
        Set<String> unknown = new TreeSet<>(object.keySet());
        unknown.removeAll(allowedFields);
        if (!unknown.isEmpty()) {
            String field = unknown.iterator().next();
            throw new InvalidRequestException(field, "Unknown field; allowed: " + new TreeSet<>(allowedFields) + ".");
        }
        return new JsonRequest(object);
    }

    public String requiredString(String field, int maxLength) {
        return optionalString(field, maxLength)
                .orElseThrow(() -> new InvalidRequestException(field, "This field is required."));
    }

    /** An absent field is empty; a present one must be a non-blank string of at most {@code maxLength} characters. */
    public Optional<String> optionalString(String field, int maxLength) {
        JsonValue value = body.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            throw new InvalidRequestException(field, "This field may not be null.");
        }
        if (!(value instanceof JsonString string)) {
            throw new InvalidRequestException(field, "Not a valid string.");
        }
        String text = string.getString();
        if (text.isBlank()) {
            throw new InvalidRequestException(field, "This field may not be blank.");
        }
        if (text.length() > maxLength) {
            throw new InvalidRequestException(field, "Ensure this field has no more than " + maxLength + " characters.");
        }
        return Optional.of(text);
    }

    public boolean requiredBoolean(String field) {
        JsonValue value = body.get(field);
        if (value == null) {
            throw new InvalidRequestException(field, "This field is required.");
        }
        return switch (value.getValueType()) {
            case TRUE -> true;
            case FALSE -> false;
            default -> throw new InvalidRequestException(field, "Must be a boolean.");
        };
    }

    public List<String> stringList(String field, int maxItems, int maxLength) {
        JsonValue value = body.get(field);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            throw new InvalidRequestException(field, "Expected a list of strings.");
        }
        if (array.size() > maxItems) {
            throw new InvalidRequestException(field, "Ensure this list has no more than " + maxItems + " items.");
        }
        List<String> items = new ArrayList<>();
        for (JsonValue item : array) {
            if (!(item instanceof JsonString string) || string.getString().isBlank()
                    || string.getString().length() > maxLength) {
                throw new InvalidRequestException(field, "Expected a list of non-blank strings of at most "
                        + maxLength + " characters.");
            }
            items.add(string.getString());
        }
        return List.copyOf(items);
    }

    static byte[] readBounded(InputStream stream) {
        try (stream) {
            byte[] bytes = stream.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new InvalidRequestException("Request body larger than " + MAX_BYTES + " bytes.");
            }
            return bytes;
        } catch (IOException e) {
            throw new InvalidRequestException("Request body could not be read.");
        }
    }

    private static JsonObject readObject(byte[] bytes) {
        if (bytes.length == 0) {
            throw new InvalidRequestException("Request body is empty; send a JSON object.");
        }
        try (JsonParser parser = Jsons.parser(new ByteArrayInputStream(bytes))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw new InvalidRequestException("Request body must be a JSON object.");
            }
            JsonObject object = parser.getObject();
            if (parser.hasNext()) {
                throw new InvalidRequestException("Request body must be one JSON object and nothing after it.");
            }
            return object;
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
            throw new InvalidRequestException("JSON parse error.");
        }
    }
}
