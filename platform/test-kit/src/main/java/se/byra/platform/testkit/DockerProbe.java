package se.byra.platform.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Asks a Docker engine for {@code /_ping}, quietly: Testcontainers' own probe logs errors when
 * there is no engine, and on machines without Docker the test output should not be full of them.
 */
@FunctionalInterface
public interface DockerProbe {

    boolean dockerAvailable();

    DockerProbe SYSTEM = () -> {
        String host = System.getenv("DOCKER_HOST");
        try {
            if (host != null && host.startsWith("tcp://")) {
                URI uri = URI.create(host);
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 1000);
                    socket.setSoTimeout(1000);
                    return ping(socket.getInputStream(), socket.getOutputStream());
                }
            }
            Path socketPath = Path.of(host != null && host.startsWith("unix://") ? host.substring(7)
                    : "/var/run/docker.sock");
            if (!Files.exists(socketPath)) {
                return false;
            }
            try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socketPath))) {
                channel.write(ByteBuffer.wrap(request()));
                ByteBuffer answer = ByteBuffer.allocate(512);
                channel.read(answer);
                return new String(answer.array(), 0, answer.position(), StandardCharsets.US_ASCII).contains("OK");
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    };

    private static boolean ping(InputStream in, OutputStream out) throws IOException {
        out.write(request());
        out.flush();
        return new String(in.readNBytes(512), StandardCharsets.US_ASCII).contains("OK");
    }

    private static byte[] request() {
        return "GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    }

}
