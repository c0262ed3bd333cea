package se.byra.platform.testkit;

import org.jboss.logging.Logger;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** A GreenMail SMTP server per test JVM; tests read what arrived from {@link #greenMail()}. */
public final class SmtpServer {

    private static final Logger LOG = Logger.getLogger(SmtpServer.class);
    private static SmtpServer instance;

    private final GreenMail greenMail;
    private final int port;
    private MailPage page;

    private SmtpServer(int port) {
        this.port = port;
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    private SmtpServer() {
        this(ServerProcesses.freePort());
    }

    /**
     * An SMTP server on {@code smtpPort} that keeps every mail in memory, with a page listing them
     * on {@code webPort} (the local stack: where a developer reads what the product sent). Not
     * shared: the caller {@link #stop()}s it.
     */
    public static SmtpServer launch(int smtpPort, int webPort) {
        SmtpServer server = new SmtpServer(smtpPort);
        server.page = MailPage.start(server.greenMail, webPort);
        LOG.infof("SMTP server (GreenMail) started on 127.0.0.1:%d, mails readable at %s", smtpPort, server.pageUrl());
        return server;
    }

    /** The page listing the received mails, when the server was {@link #launch launched}. */
    public String pageUrl() {
        return page == null ? null : page.url();
    }

    public void stop() {
        if (page != null) {
            page.stop();
        }
        greenMail.stop();
    }

    public static synchronized SmtpServer get() {
        if (instance == null) {
            instance = new SmtpServer();
            Runtime.getRuntime().addShutdownHook(new Thread(instance.greenMail::stop, "smtp-stop"));
            LOG.infof("SMTP server (GreenMail) started on 127.0.0.1:%d", instance.port);
        }
        return instance;
    }

    public String host() {
        return "127.0.0.1";
    }

    public int port() {
        return port;
    }

    public GreenMail greenMail() {
        return greenMail;
    }

    /** Forgets every received mail, between tests. */
    public void reset() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (com.icegreen.greenmail.store.FolderException e) {
            throw new IllegalStateException("cannot purge the test mailboxes", e);
        }
    }
}
