package se.byra.engagement.agency;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The image formats a logo may have, recognised by the bytes themselves: a request's Content-Type
 * (or a file's name) says what the sender claims, not what the bytes are. A PNG must begin with its
 * signature and IHDR chunk and end with IEND; a JPEG must begin with a start-of-image marker followed by
 * another marker and end with end-of-image, so a truncated upload is refused too. Nothing else (GIF,
 * SVG, HTML, WebP) is taken: SVG and HTML can carry script, and a browser shows PNG and JPEG anywhere.
 */
enum LogoFormat {

    PNG("image/png"),
    JPEG("image/jpeg");

    private static final byte[] PNG_HEAD = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13,
        'I', 'H', 'D', 'R' };
    /** The IEND chunk: length 0, its type, its CRC. */
    private static final byte[] PNG_TAIL = { 0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82 };

    final String mediaType;

    LogoFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    static Optional<LogoFormat> of(byte[] image) {
        if (startsWith(image, PNG_HEAD) && endsWith(image, PNG_TAIL)) {
            return Optional.of(PNG);
        }
        if (image.length >= 6 && u(image[0]) == 0xFF && u(image[1]) == 0xD8 && u(image[2]) == 0xFF
                && u(image[3]) >= 0xC0 && u(image[3]) != 0xFF
                && u(image[image.length - 2]) == 0xFF && u(image[image.length - 1]) == 0xD9) {
            return Optional.of(JPEG);
        }
        return Optional.empty();
    }

    /** What the bytes look like, to say why they were refused. */
    static String describe(byte[] image) {
        if (image.length == 0) {
            return "an empty body";
        }
        if (startsWith(image, PNG_HEAD)) {
            return "a PNG image that is cut short or damaged";
        }
        if (image.length >= 3 && u(image[0]) == 0xFF && u(image[1]) == 0xD8 && u(image[2]) == 0xFF) {
            return "a JPEG image that is cut short or damaged";
        }
        String head = new String(image, 0, Math.min(image.length, 512), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("gif87a") || head.startsWith("gif89a")) {
            return "a GIF image";
        }
        if (head.startsWith("riff") && head.length() >= 12 && head.startsWith("webp", 8)) {
            return "a WebP image";
        }
        if (head.startsWith("%pdf")) {
            return "a PDF document";
        }
        if (head.contains("<svg")) {
            return "an SVG image";
        }
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<script")) {
            return "an HTML document";
        }
        return "neither";
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static boolean endsWith(byte[] bytes, byte[] suffix) {
        return bytes.length >= suffix.length
                && Arrays.equals(bytes, bytes.length - suffix.length, bytes.length, suffix, 0, suffix.length);
    }

    private static int u(byte b) {
        return b & 0xFF;
    }
}
