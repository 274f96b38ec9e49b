package com.copydesk.body;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which link targets a body may hold: {@code http}, {@code https} and {@code mailto} URLs only,
 * without whitespace or control characters, at most {@value #MAX_LENGTH} characters. Anything
 * else ({@code javascript:}, {@code data:}, relative paths, …) is refused.
 */
public final class Links {

    public static final int MAX_LENGTH = 2048;

    private static final Pattern WEB = Pattern.compile("(?i)https?://[^/?#@:\\[\\]]+(?::\\d{1,5})?(?:[/?#].*)?");
    private static final Pattern MAIL = Pattern.compile("(?i)mailto:[^@?]+@[^@?]+(?:\\?.*)?");

    private Links() {
    }

    /** True if {@code url} is exactly a link a body may hold (no surrounding whitespace). */
    public static boolean isAllowed(String url) {
        if (url == null || url.isEmpty() || url.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= ' ' || c == 0x7F || Character.isWhitespace(c) || Character.isISOControl(c)
                    || c == '\u00A0' || c == '<' || c == '>' || c == '"' || c == '\\' || c == '\uFFFD') {
                return false;
            }
        }
        return WEB.matcher(url).matches() || MAIL.matcher(url).matches();
    }

    /** The trimmed URL if it is allowed; empty otherwise. */
    public static Optional<String> clean(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String trimmed = url.strip();
        return isAllowed(trimmed) ? Optional.of(trimmed) : Optional.empty();
    }

    /** A sentence for a writer explaining why {@code url} was refused, or empty if it is fine. */
    public static Optional<String> problem(String url) {
        String trimmed = url == null ? "" : url.strip();
        if (trimmed.isEmpty()) {
            return Optional.of("Type a web address (https://…) or an e-mail link (mailto:…).");
        }
        if (isAllowed(trimmed)) {
            return Optional.empty();
        }
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://") && !lower.startsWith("mailto:")) {
            return Optional.of("Links must start with https://, http:// or mailto:.");
        }
        if (trimmed.length() > MAX_LENGTH) {
            return Optional.of("That address is longer than " + MAX_LENGTH + " characters.");
        }
        return Optional.of("That is not a valid address: check for spaces or a missing host name.");
    }
}
