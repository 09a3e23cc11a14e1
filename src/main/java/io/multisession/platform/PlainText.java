package io.multisession.platform;

/**
 * Text from a request that goes into a query as a parameter: control characters are refused with a 400, since
 * PostgreSQL rejects a zero byte in any string parameter (a 500 otherwise) and no name contains one.
 */
public final class PlainText {

    private PlainText() {
    }

    public static String require(String field, String value) {
        if (value != null && value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidRequestException(field, "Control characters are not allowed.");
        }
        return value;
    }
}
