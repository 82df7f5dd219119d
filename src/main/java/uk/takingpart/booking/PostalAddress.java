package uk.takingpart.booking;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A UK postal address, for people who want information by post. What was typed is kept (trimmed);
 * a valid postcode is written in capitals with one space (CF10 1AA).
 */
public record PostalAddress(String line1, String line2, String town, String postcode) {
    static final int MAX_LINE = 100;
    /** The UK postcode shapes (A9 9AA, A99 9AA, A9A 9AA, AA9 9AA, AA99 9AA, AA9A 9AA), and GIR 0AA. */
    private static final Pattern POSTCODE = Pattern.compile("([A-Z]{1,2}[0-9][A-Z0-9]?|GIR)([0-9][A-Z]{2})");

    public PostalAddress {
        line1 = trim(line1);
        line2 = trim(line2);
        town = trim(town);
        postcode = trim(postcode);
        String normalised = normalisePostcode(postcode);
        if (normalised != null) {
            postcode = normalised;
        }
    }

    /** True when nothing was typed at all. */
    public boolean empty() {
        return line1 == null && line2 == null && town == null && postcode == null;
    }

    /** Problems by field id ({@code address-line-1}, {@code address-line-2}, {@code address-town}, {@code address-postcode}), as translation keys. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (line1 == null) {
            problems.put("address-line-1", "booking.error.address.line-1.required");
        } else if (line1.length() > MAX_LINE) {
            problems.put("address-line-1", "booking.error.address.too-long");
        }
        if (line2 != null && line2.length() > MAX_LINE) {
            problems.put("address-line-2", "booking.error.address.too-long");
        }
        if (town == null) {
            problems.put("address-town", "booking.error.address.town.required");
        } else if (town.length() > MAX_LINE) {
            problems.put("address-town", "booking.error.address.too-long");
        }
        if (postcode == null) {
            problems.put("address-postcode", "booking.error.address.postcode.required");
        } else if (normalisePostcode(postcode) == null) {
            problems.put("address-postcode", "booking.error.address.postcode.invalid");
        }
        return problems;
    }

    /** The address's lines, in order, the empty ones left out. */
    public List<String> lines() {
        return Stream.of(line1, line2, town, postcode).filter(s -> s != null).toList();
    }

    /** A UK postcode in capitals with one space before its last three characters, or null if it is not one. */
    static String normalisePostcode(String typed) {
        if (typed == null) {
            return null;
        }
        String compact = typed.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
        var m = POSTCODE.matcher(compact);
        return m.matches() ? m.group(1) + " " + m.group(2) : null;
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
