package se.byra.cases.support;

import java.nio.charset.StandardCharsets;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Files as clients send them: real magic numbers, so the type detected from the content is the one named. */
public final class Files {

    public static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    public static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H',
        'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, (byte) 0xC4, (byte) 0x89};
    public static final byte[] CSV = "namn;lön\nSara;42000\n".getBytes(StandardCharsets.UTF_8);
    /** A Windows executable's header, as a disguised one starts. */
    public static final byte[] EXE = exe();
    public static final byte[] HTML = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
            .getBytes(StandardCharsets.UTF_8);

    private Files() {
    }

    /** Uploads the bytes to {@code casePath}/attachments as the given item and file name. */
    public static Response upload(RequestSpecification as, String casePath, String item, String fileName,
            byte[] content) {
        RequestSpecification request = as.contentType(ContentType.BINARY).body(content).queryParam("fileName",
                fileName);
        if (item != null) {
            request.queryParam("item", item);
        }
        return request.post(casePath + "/attachments");
    }

    private static byte[] exe() {
        byte[] bytes = new byte[512];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[0x3C] = (byte) 0x80;
        bytes[0x80] = 'P';
        bytes[0x81] = 'E';
        return bytes;
    }
}
