package org.sunshine.complaint;

import com.github.mvysny.fakeservlet.FakeResponse;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.sunshine.base.files.Attachments;
import org.sunshine.testing.UiTest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file attached to a complaint comes back as what its content is, never as the page its name claims: a PDF named
 * {@code evil.html} is served as {@code evil.pdf}, of type PDF, as an attachment the browser may not sniff.
 */
@MicronautTest(startApplication = false)
class AttachmentDownloadTest extends UiTest {

    static final byte[] PDF = "%PDF-1.7\n<html><script>alert(1)</script></html>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    @Test
    void aFileIsServedUnderItsDetectedTypeAndExtensionAsAnAttachment() throws Exception {
        Receipt receipt = context.getBean(ComplaintIntake.class).submit(new Submission(ComplaintType.COMPLAINT, null, null,
                "公示栏照片", "附上照片和文件。", "", "", false,
                List.of(new Attachments.Upload("evil.html", PDF), new Attachments.Upload("现场 照片", PNG))),
                ComplaintIntake.Origin.web("203.0.113.9"));
        // a row kept before files were named by their type
        context.getBean(AttachmentRepository.class).save(new ComplaintAttachment(null, receipt.id(), null, "旧文件.htm",
                "application/pdf", PDF.length, Attachments.sha256(PDF), PDF, Instant.now()));

        signInAs("inspector");
        navigate("complaints/" + receipt.id());
        Map<String, FakeResponse> served = new HashMap<>();
        for (Anchor link : _find(Anchor.class, spec -> spec.withClasses("attachment-link"))) {
            served.put(link.getText(), serve(link));
        }

        assertThat(served.keySet()).anyMatch(label -> label.startsWith("evil.pdf"))
                .anyMatch(label -> label.startsWith("现场 照片.png")).noneMatch(label -> label.startsWith("evil.html"));
        FakeResponse evil = served.entrySet().stream().filter(e -> e.getKey().startsWith("evil.pdf")).findFirst().orElseThrow().getValue();
        assertThat(evil.getContentType()).isEqualTo("application/pdf");
        assertThat(evil.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(evil.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"evil.pdf\"; filename*=UTF-8''evil.pdf");
        assertThat(evil.getBuffer().toByteArray()).isEqualTo(PDF);

        FakeResponse photo = served.entrySet().stream().filter(e -> e.getKey().startsWith("现场")).findFirst().orElseThrow().getValue();
        assertThat(photo.getContentType()).isEqualTo("image/png");
        assertThat(photo.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"__ __.png\"; filename*=UTF-8''%E7%8E%B0%E5%9C%BA%20%E7%85%A7%E7%89%87.png");

        FakeResponse old = served.entrySet().stream().filter(e -> e.getKey().startsWith("旧文件")).findFirst().orElseThrow().getValue();
        assertThat(old.getContentType()).isEqualTo("application/pdf");
        assertThat(old.getHeader("Content-Disposition")).endsWith("filename*=UTF-8''%E6%97%A7%E6%96%87%E4%BB%B6.pdf");
    }

    /** What the browser gets when the link is followed. */
    private static FakeResponse serve(Anchor link) throws Exception {
        VaadinSession session = VaadinSession.getCurrent();
        var resource = session.getResourceRegistry()
                .getResource(StreamResourceRegistry.ElementStreamResource.class, new URI(link.getHref())).orElseThrow();
        FakeResponse response = new FakeResponse();
        resource.getElementRequestHandler().handleRequest(VaadinRequest.getCurrent(),
                new VaadinServletResponse(response, (VaadinServletService) session.getService()), session, resource.getOwner());
        return response;
    }
}
