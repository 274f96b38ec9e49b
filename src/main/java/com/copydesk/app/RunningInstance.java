package com.copydesk.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Lets a second Copydesk started on the same database ask the one already running to show its
 * window, instead of only being refused. The running one listens on a loopback port; the port and
 * a random token are in a file beside the database ({@code <database>.instance}, readable only by
 * its owner where the file system allows), and only a request carrying the token is obeyed.
 * A file left behind by a crash names a port nobody answers on (or answers wrongly), so the
 * second start just goes ahead.
 */
final class RunningInstance implements AutoCloseable {

    private static final int CONNECT_TIMEOUT_MILLIS = 1000;
    private static final int READ_TIMEOUT_MILLIS = 2000;
    private static final String SHOW = "show";
    private static final String SHOWN = "shown";

    private final Path instanceFile;
    private final String token;
    private final ServerSocket server;
    private final Runnable showWindow;

    private RunningInstance(Path instanceFile, String token, ServerSocket server, Runnable showWindow) {
        this.instanceFile = instanceFile;
        this.token = token;
        this.server = server;
        this.showWindow = showWindow;
    }

    /** The file beside {@code databaseFile} that says where its running Copydesk listens. */
    static Path instanceFileOf(Path databaseFile) {
        Path file = databaseFile.toAbsolutePath().normalize();
        return file.resolveSibling(file.getFileName() + ".instance");
    }

    /**
     * Starts listening for a second Copydesk on {@code databaseFile}; each request runs
     * {@code showWindow} on a background thread (the caller moves it to the FX thread).
     */
    static RunningInstance listen(Path databaseFile, Runnable showWindow) throws IOException {
        Objects.requireNonNull(showWindow, "showWindow");
        Path file = instanceFileOf(databaseFile);
        ServerSocket server = new ServerSocket();
        try {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String token = HexFormat.of().formatHex(random);
            write(file, server.getLocalPort() + " " + token + "\n");
            RunningInstance instance = new RunningInstance(file, token, server, showWindow);
            Thread listener = new Thread(instance::serve, "copydesk-running-instance");
            listener.setDaemon(true);
            listener.start();
            return instance;
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /**
     * Asks the Copydesk running on {@code databaseFile} to show its window. True only when it
     * answered that it did; false when none is running there (no file, a stale one, no answer).
     */
    static boolean askToShow(Path databaseFile) {
        Path file = instanceFileOf(databaseFile);
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
            String[] parts = lines.isEmpty() ? new String[0] : lines.get(0).strip().split(" ");
            if (parts.length != 2 || !parts[0].matches("\\d{1,5}")) {
                return false;
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(parts[0])),
                        CONNECT_TIMEOUT_MILLIS);
                socket.setSoTimeout(READ_TIMEOUT_MILLIS);
                OutputStream out = socket.getOutputStream();
                out.write((SHOW + " " + parts[1] + "\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
                return SHOWN.equals(in.readLine());
            }
        } catch (IOException | RuntimeException nobodyThere) {
            return false;
        }
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket client = server.accept()) {
                client.setSoTimeout(READ_TIMEOUT_MILLIS);
                BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                String request = in.readLine();
                boolean valid = (SHOW + " " + token).equals(request);
                if (valid) {
                    showWindow.run();
                }
                client.getOutputStream().write(((valid ? SHOWN : "refused") + "\n").getBytes(StandardCharsets.US_ASCII));
            } catch (IOException | RuntimeException e) {
                if (server.isClosed()) {
                    return;
                }
                // A client that hung up or sent nonsense; keep listening for the next.
            }
        }
    }

    /** Stops listening and removes the file, unless another Copydesk has written its own since. */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // Nothing more to release.
        }
        try {
            List<String> lines = Files.readAllLines(instanceFile, StandardCharsets.US_ASCII);
            if (!lines.isEmpty() && lines.get(0).endsWith(" " + token)) {
                Files.deleteIfExists(instanceFile);
            }
        } catch (IOException ignored) {
            // Already gone, or unreadable: a stale file does no harm.
        }
    }

    private static void write(Path file, String content) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temporary);
        try {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(temporary);
        }
        Files.writeString(temporary, content, StandardCharsets.US_ASCII);
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException notAtomic) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
