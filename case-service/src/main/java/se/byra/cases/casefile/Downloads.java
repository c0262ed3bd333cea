package se.byra.cases.casefile;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import se.byra.cases.attachment.Attachments.Download;

/**
 * A file as a download, never shown inline: {@code application/octet-stream} (the detected type is the attachment's
 * {@code contentType}, for a page to show), {@code attachment} with the name in both forms (RFC 6266), {@code nosniff}
 * (set for every answer), and a sandboxing policy in case a browser opens it anyway.
 */
final class Downloads {

    private Downloads() {
    }

    static Response of(Download file) {
        String ascii = file.fileName().replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(file.content(), MediaType.APPLICATION_OCTET_STREAM_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .build();
    }
}
