import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A local SMTP server for bench/faults/kill-restart.sh: it accepts every email and appends one line
 * per accepted email to a file: "accepted <Message-ID> <recipient>". With a delay, it stalls that
 * long in the middle of each email's conversation (first appending "stall <recipient>"), so the
 * application can be killed while it is sending an email:
 *  - before-data (default): it stalls before taking the email's content; a connection that drops
 *    meanwhile delivers nothing, as with any SMTP server.
 *  - after-data: it stalls after taking the whole content, before its 250 reply. A real server has
 *    the email by then and delivers it even if the sender never hears the 250: the one moment no
 *    sender can know whether its email went, so a retry sends it twice (with one Message-ID).
 *
 *   java bench/faults/SmtpSink.java <port> <log file> [delay ms] [before-data|after-data]
 */
public class SmtpSink {
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path log = Path.of(args[1]);
        long delay = args.length > 2 ? Long.parseLong(args[2]) : 0;
        boolean afterData = args.length > 3 && args[3].equals("after-data");
        Files.writeString(log, "", StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
        try (ServerSocket server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress())) {
            while (true) {
                Socket client = server.accept();
                Thread.ofVirtual().start(() -> {
                    try (client) {
                        converse(client, log, delay, afterData);
                    } catch (IOException dropped) {
                        // the sender went away (killed): whatever it was sending was not accepted
                    }
                });
            }
        }
    }

    private static synchronized void append(Path log, String line) throws IOException {
        Files.writeString(log, line + "\n", StandardOpenOption.APPEND);
    }

    private static void converse(Socket client, Path log, long delay, boolean afterData) throws IOException {
        var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = client.getOutputStream();
        reply(out, "220 sink ESMTP");
        String recipient = "?";
        String line;
        while ((line = in.readLine()) != null) {
            String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
            switch (command) {
                case "EHLO" -> reply(out, "250-sink\r\n250 8BITMIME");
                case "HELO", "MAIL", "RSET", "NOOP" -> reply(out, "250 OK");
                case "RCPT" -> {
                    recipient = line.replaceAll("(?i).*TO:\\s*<?([^>\\s]*)>?.*", "$1");
                    reply(out, "250 OK");
                }
                case "DATA" -> {
                    if (delay > 0 && !afterData && !stall(log, recipient, delay)) {
                        return;
                    }
                    reply(out, "354 go ahead");
                    String messageId = "?";
                    String data;
                    while ((data = in.readLine()) != null && !data.equals(".")) {
                        if (messageId.equals("?") && data.regionMatches(true, 0, "Message-ID:", 0, 11)) {
                            messageId = data.substring(11).trim();
                        }
                    }
                    if (data == null) {
                        return;
                    }
                    if (delay > 0 && afterData && !stall(log, recipient, delay)) {
                        return;
                    }
                    reply(out, "250 accepted");
                    append(log, "accepted " + messageId + " " + recipient);
                }
                case "QUIT" -> {
                    reply(out, "221 bye");
                    return;
                }
                default -> reply(out, "250 OK");
            }
        }
    }

    private static boolean stall(Path log, String recipient, long delay) throws IOException {
        append(log, "stall " + recipient);
        try {
            Thread.sleep(delay);
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
