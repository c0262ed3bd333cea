package se.byra.engagement.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.imageio.ImageIO;

/** Real images for the logo tests, made by the JDK's encoders, and things that only pretend to be images. */
public final class Images {

    private Images() {
    }

    public static byte[] png() {
        return encode("png");
    }

    public static byte[] jpeg() {
        return encode("jpg");
    }

    public static byte[] gif() {
        return encode("gif");
    }

    public static byte[] html() {
        return "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A PNG whose end is missing, as an interrupted upload leaves it. */
    public static byte[] truncatedPng() {
        byte[] png = png();
        return Arrays.copyOf(png, png.length / 2);
    }

    /**
     * A PNG of about {@code size} bytes: a real one with an ancillary text chunk of filler, which
     * readers skip.
     */
    public static byte[] pngOfSize(int size) {
        byte[] png = png();
        int fill = Math.max(0, size - png.length - 12);
        // after the 8-byte signature and the 25-byte IHDR chunk
        int at = 33;
        byte[] out = new byte[png.length + 12 + fill];
        System.arraycopy(png, 0, out, 0, at);
        out[at] = (byte) (fill >>> 24);
        out[at + 1] = (byte) (fill >>> 16);
        out[at + 2] = (byte) (fill >>> 8);
        out[at + 3] = (byte) fill;
        System.arraycopy("tEXt".getBytes(StandardCharsets.US_ASCII), 0, out, at + 4, 4);
        Arrays.fill(out, at + 8, at + 8 + fill, (byte) 'a');
        // the CRC is left at zero: the service checks the signature, the header and the end
        System.arraycopy(png, at, out, at + 12 + fill, png.length - at);
        return out;
    }

    private static byte[] encode(String format) {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0x1f, 0x4e, 0x79));
        graphics.fillRect(0, 0, 40, 20);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no encoder for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
