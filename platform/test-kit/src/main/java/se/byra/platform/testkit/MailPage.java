package se.byra.platform.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * The mails a local stack has sent, readable in a browser: {@code /} lists them newest first,
 * {@code /mails/<n>} shows one (headers and the plain-text part), {@code /mails/<n>.html} its HTML
 * part in a sandbox (no script, no requests), {@code /mails.json} the list for scripts.
 * Bound to 127.0.0.1 only.
 */
final class MailPage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final GreenMail greenMail;
    private final HttpServer server;

    private MailPage(GreenMail greenMail, HttpServer server) {
        this.greenMail = greenMail;
        this.server = server;
    }

    static MailPage start(GreenMail greenMail, int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 16);
            MailPage page = new MailPage(greenMail, server);
            server.createContext("/", page::handle);
            server.setExecutor(Executors.newSingleThreadExecutor(r -> {
                Thread thread = new Thread(r, "mail-page");
                thread.setDaemon(true);
                return thread;
            }));
            server.start();
            return page;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve the mail page on port " + port, e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                send(exchange, 405, "text/plain", "GET only");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            List<MimeMessage> mails = newestFirst();
            if (path.equals("/")) {
                send(exchange, 200, "text/html", list(mails));
            } else if (path.equals("/mails.json")) {
                send(exchange, 200, "application/json", json(mails));
            } else if (path.matches("/mails/\\d{1,6}(\\.html)?")) {
                boolean html = path.endsWith(".html");
                int n = Integer.parseInt(path.substring("/mails/".length(), html ? path.length() - 5 : path.length()));
                if (n < 1 || n > mails.size()) {
                    send(exchange, 404, "text/plain", "no such mail");
                } else if (html) {
                    String part = part(mails.get(mails.size() - n), "text/html");
                    exchange.getResponseHeaders().add("Content-Security-Policy", "sandbox; default-src 'none'; img-src data:");
                    send(exchange, 200, "text/html", part == null ? "(no HTML part)" : part);
                } else {
                    send(exchange, 200, "text/html", one(mails.get(mails.size() - n), n));
                }
            } else {
                send(exchange, 404, "text/plain", "not found");
            }
        } catch (MessagingException e) {
            send(exchange, 500, "text/plain", "cannot read the mail: " + e.getMessage());
        }
    }

    /** Newest first; a mail's number counts from the oldest, so links stay put as mails arrive. */
    private List<MimeMessage> newestFirst() {
        List<MimeMessage> mails = new ArrayList<>(List.of(greenMail.getReceivedMessages()));
        java.util.Collections.reverse(mails);
        return mails;
    }

    private static String list(List<MimeMessage> mails) throws MessagingException {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < mails.size(); i++) {
            MimeMessage mail = mails.get(i);
            int n = mails.size() - i;
            rows.append("<tr><td>").append(escape(sent(mail))).append("</td><td>")
                    .append(escape(addresses(mail.getAllRecipients()))).append("</td><td><a href=\"/mails/").append(n)
                    .append("\">").append(escape(String.valueOf(mail.getSubject()))).append("</a></td></tr>\n");
        }
        String body = mails.isEmpty() ? "<p>No mail has been sent yet.</p>"
                : "<table><caption>" + mails.size() + " mails, newest first</caption>"
                        + "<thead><tr><th>Sent</th><th>To</th><th>Subject</th></tr></thead><tbody>" + rows
                        + "</tbody></table>";
        return page("Sent mail", body);
    }

    private static String one(MimeMessage mail, int n) throws MessagingException {
        String text = part(mail, "text/plain");
        String html = part(mail, "text/html");
        String body = "<p><a href=\"/\">All mails</a></p><dl>"
                + "<dt>From</dt><dd>" + escape(addresses(mail.getFrom())) + "</dd>"
                + "<dt>To</dt><dd>" + escape(addresses(mail.getAllRecipients())) + "</dd>"
                + "<dt>Sent</dt><dd>" + escape(sent(mail)) + "</dd></dl>"
                + (html == null ? "" : "<p><a href=\"/mails/" + n + ".html\">The HTML part</a></p>")
                + "<pre>" + escape(text == null ? "(no plain-text part)" : text) + "</pre>";
        return page(String.valueOf(mail.getSubject()), body);
    }

    private static String json(List<MimeMessage> mails) throws MessagingException {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < mails.size(); i++) {
            MimeMessage mail = mails.get(i);
            out.append(i == 0 ? "" : ",").append("{\"number\":").append(mails.size() - i)
                    .append(",\"to\":\"").append(jsonText(addresses(mail.getAllRecipients())))
                    .append("\",\"subject\":\"").append(jsonText(String.valueOf(mail.getSubject())))
                    .append("\",\"sent\":\"").append(jsonText(sent(mail))).append("\"}");
        }
        return out.append("]").toString();
    }

    /** The first part of {@code type}, searched through nested multiparts. */
    private static String part(Part part, String type) throws MessagingException {
        try {
            if (part.isMimeType(type)) {
                return String.valueOf(part.getContent());
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    String found = part(child, type);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        } catch (IOException e) {
            return GreenMailUtil.getBody(part);
        }
    }

    private static String sent(MimeMessage mail) throws MessagingException {
        return mail.getSentDate() == null ? "" : TIME.format(mail.getSentDate().toInstant());
    }

    private static String addresses(Address[] addresses) {
        if (addresses == null) {
            return "";
        }
        List<String> all = new ArrayList<>();
        for (Address address : addresses) {
            all.add(address.toString());
        }
        return String.join(", ", all);
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title></head><body><main><h1>" + escape(title) + "</h1>" + body + "</main></body></html>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String jsonText(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type + "; charset=utf-8");
        exchange.getResponseHeaders().add("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
