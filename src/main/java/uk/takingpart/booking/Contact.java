package uk.takingpart.booking;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How to reach the person booking: a name, an email address and/or a UK mobile number, the
 * language to write to them in and the format they would like.
 */
public record Contact(String name, String email, String mobile, Locale language, PreferredFormat format, PostalAddress address) {
    static final int MAX_NAME = 200;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    /** Tidies what was typed: trims, and writes a UK mobile number as +447…; invalid input is kept as typed. */
    public Contact {
        name = trim(name);
        email = trim(email);
        mobile = trim(mobile);
        String normalised = normaliseMobile(mobile);
        if (normalised != null) {
            mobile = normalised;
        }
        if (format == null) {
            format = PreferredFormat.STANDARD;
        }
        // an address is kept only for a format sent by post
        if (!format.byPost() || (address != null && address.empty())) {
            address = null;
        }
    }

    /** Contact details for a format sent by email (no postal address). */
    public Contact(String name, String email, String mobile, Locale language, PreferredFormat format) {
        this(name, email, mobile, language, format, null);
    }

    /** The same details with another email address, mobile number, language, format and address (the name is kept). */
    public Contact withReach(String email, String mobile, Locale language, PreferredFormat format, PostalAddress address) {
        return new Contact(name, email, mobile, language, format, address);
    }

    /** Problems by field name ({@code name}, {@code email}, {@code mobile}, the address's fields), as translation keys. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (name == null) {
            problems.put("name", "booking.error.name.required");
        } else if (name.length() > MAX_NAME) {
            problems.put("name", "booking.error.name.too-long");
        }
        if (email == null && mobile == null) {
            problems.put("email", "booking.error.contact.required");
        }
        if (email != null && (email.length() > 320 || !EMAIL.matcher(email).matches())) {
            problems.put("email", "booking.error.email.invalid");
        }
        if (mobile != null && normaliseMobile(mobile) == null) {
            problems.put("mobile", "booking.error.mobile.invalid");
        }
        if (format.byPost()) {
            problems.putAll(address == null ? new PostalAddress(null, null, null, null).problems() : address.problems());
        }
        return problems;
    }

    /** A UK mobile number (07…, +44 7…, 0044 7…) as +447 and nine digits, or null if it is not one. */
    static String normaliseMobile(String typed) {
        if (typed == null) {
            return null;
        }
        String digits = typed.replaceAll("[\\s().-]", "");
        if (digits.startsWith("+44")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0044")) {
            digits = digits.substring(4);
        } else if (digits.startsWith("44") && digits.length() == 12) {
            digits = digits.substring(2);
        } else if (digits.startsWith("0")) {
            digits = digits.substring(1);
        } else {
            return null;
        }
        if (digits.startsWith("0") && digits.length() == 11) {
            // +44 (0)7700 900982: the trunk 0 written after the country code
            digits = digits.substring(1);
        }
        return digits.matches("7\\d{9}") ? "+44" + digits : null;
    }

    /** The number as people write it in the UK: 07700 900123. */
    public String mobileForDisplay() {
        return mobile != null && mobile.matches("\\+447\\d{9}") ? "0" + mobile.substring(3, 7) + " " + mobile.substring(7) : mobile;
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
