package org.sunshine.browser;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sunshine.base.files.UploadQuota;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14's upload attack, replayed: an anonymous visitor opens the public submit page and posts files straight to
 * its upload address, as a script would, before any human check. A 40 MB file is answered 413 once it passes 10 MB
 * (announced or not) and nothing of it is kept; a small PDF is taken and waits on disk until the visitor leaves.
 */
@MicronautTest(transactional = false)
class UploadAttackTest {

    private static final long MB = 1024 * 1024;
    private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Inject
    EmbeddedServer server;
    @Inject
    UploadQuota quota;

    private Journey user;

    @AfterEach
    void quit() {
        if (user != null) {
            user.close();
        }
    }

    /** The status the server answered with, and how much of the file had been sent by then. */
    private record Answer(int status, long sent) {
    }

    @Test
    void a40MegabytePostToTheSubmitPagesUploadIsRefusedWithoutBeingReadOrKept() throws Exception {
        assertThat(quota.settings().maxFormSize()).as("application.yml's 25MB").isEqualTo(25 * MB);
        assertThat(quota.settings().maxSessionFiles()).isEqualTo(15);
        user = new Journey(server.getPort());
        user.open("/submit");
        user.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("complaint-files")));
        String target = user.wait.until(d -> (String) user.browser.executeScript(
                "return document.getElementById('complaint-files').target"));
        String session = user.browser.manage().getCookieNamed("JSESSIONID").getValue();

        Answer streamed = post(target, session, 40 * MB, false);
        assertThat(streamed.status()).isEqualTo(413);
        assertThat(streamed.sent()).as("bytes sent before the answer").isLessThan(20 * MB);
        Answer announced = post(target, session, 40 * MB, true);
        assertThat(announced.status()).isEqualTo(413);
        assertThat(announced.sent()).as("bytes sent before the answer").isLessThan(20 * MB);
        assertThat(quota.pendingFiles()).isZero();
        assertThat(quota.pendingBytes()).isZero();

        Answer small = post(target, session, PDF.length, true);
        assertThat(small.status()).isEqualTo(200);
        assertThat(quota.pendingFiles()).isEqualTo(1);
        assertThat(quota.pendingBytes()).isEqualTo(PDF.length);

        // the visitor leaves the form: the file is given up
        user.click(By.id("staff-login-link"));
        user.wait.until(d -> quota.pendingFiles() == 0);
        assertThat(quota.pendingBytes()).isZero();
    }

    /** The Open311 API takes form fields but no files: a 40 MB multipart post is refused, not read through. */
    @Test
    void aLargeMultipartPostToTheApiIsNotReadThrough() throws Exception {
        for (boolean announce : new boolean[]{false, true}) {
            Answer answer = post("/api/open311/v2/requests.json", "none", 40 * MB, announce);
            assertThat(answer.status()).isBetween(400, 499);
            assertThat(answer.sent()).as("bytes sent before the answer").isLessThan(20 * MB);
        }
    }

    /**
     * Posts a multipart file of {@code length} bytes (a PDF's header, then filler) as a script would: with its
     * Content-Length announced, or chunked without one. Sends on another thread, and returns as soon as the answer
     * comes.
     */
    private Answer post(String target, String session, long length, boolean announce) throws Exception {
        String path = target.startsWith("/") ? target : "/" + target;
        String boundary = "----sunshine-attack";
        byte[] before = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] after = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("localhost", server.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost:" + server.getPort() + "\r\n"
                    + "Cookie: JSESSIONID=" + session + "\r\n"
                    + "Content-Type: multipart/form-data; boundary=" + boundary + "\r\n"
                    + (announce ? "Content-Length: " + (before.length + length + after.length) : "Transfer-Encoding: chunked")
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            AtomicLong sent = new AtomicLong();
            Thread sender = new Thread(() -> {
                try {
                    send(out, before, announce);
                    byte[] chunk = new byte[64 * 1024];
                    System.arraycopy(PDF, 0, chunk, 0, PDF.length);
                    for (long left = length; left > 0; ) {
                        int n = (int) Math.min(chunk.length, left);
                        send(out, java.util.Arrays.copyOf(chunk, n), announce);
                        left -= n;
                        sent.addAndGet(n);
                        chunk[0] = ' ';
                    }
                    send(out, after, announce);
                    if (!announce) {
                        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.flush();
                } catch (IOException e) {
                    // the server closed the connection: what a refusal does
                }
            });
            sender.start();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            String statusLine = in.readLine();
            long sentByThen = sent.get();
            socket.close();
            sender.join(10_000);
            assertThat(statusLine).startsWith("HTTP/1.1 ");
            return new Answer(Integer.parseInt(statusLine.substring(9, 12)), sentByThen);
        }
    }

    private static void send(OutputStream out, byte[] bytes, boolean announced) throws IOException {
        if (!announced) {
            out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        out.write(bytes);
        if (!announced) {
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
    }
}
