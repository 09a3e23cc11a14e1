package io.multisession.platform;

/**
 * Which page of a list an admin asked for: {@code page} from 0, {@code size} items. Read from the query text here
 * rather than by JAX-RS, which answers a parameter that is not a number with 404 instead of naming it.
 */
public record Paging(int page, int size) {

    static final int MAX_PAGE = 1_000_000;

    /** @param page the {@code page} parameter or null (0), @param size the {@code size} parameter or null */
    public static Paging of(String page, String size, int defaultSize, int maxSize) {
        return new Paging(number("page", page, 0, 0, MAX_PAGE), number("size", size, defaultSize, 1, maxSize));
    }

    /** How many items the pages before this one hold. */
    public int offset() {
        return page * size;
    }

    private static int number(String name, String text, int absent, int min, int max) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // answered below, as for a number out of range
        }
        throw new InvalidRequestException(name, "Must be a whole number between " + min + " and " + max + ".");
    }
}
