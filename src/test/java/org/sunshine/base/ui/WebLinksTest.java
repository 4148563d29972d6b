package org.sunshine.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Web addresses in what people wrote become safe links; nothing else does. */
class WebLinksTest {

    @Test
    void anAddressInAReportBecomesALinkThatOpensApartAndTheSentenceStaysWhole() {
        Paragraph p = WebLinks.linkify(new Paragraph(),
                "已在门户网站公开：https://jyj.example.gov.cn/xxgk/2588.html。另见http://a.example.cn/b?c=1，请核验.");
        List<Component> parts = p.getChildren().toList();
        assertThat(parts).hasSize(5);
        Anchor first = (Anchor) parts.get(1);
        assertThat(first.getHref()).isEqualTo("https://jyj.example.gov.cn/xxgk/2588.html");
        assertThat(first.getText()).isEqualTo("https://jyj.example.gov.cn/xxgk/2588.html");
        assertThat(first.getElement().getAttribute("target")).isEqualTo("_blank");
        assertThat(first.getElement().getAttribute("rel")).isEqualTo("noopener noreferrer");
        assertThat(((Anchor) parts.get(3)).getHref()).as("up to the full-width comma").isEqualTo("http://a.example.cn/b?c=1");
        assertThat(((Text) parts.get(4)).getText()).isEqualTo("，请核验.");
        assertThat(p.getElement().getTextRecursively()).isEqualTo(
                "已在门户网站公开：https://jyj.example.gov.cn/xxgk/2588.html。另见http://a.example.cn/b?c=1，请核验.");
    }

    @Test
    void onlyHttpAndHttpsAddressesWithAHostBecomeLinks() {
        Paragraph p = WebLinks.linkify(new Paragraph(), "javascript:alert(1) data:text/html,x ftp://h/x https:// 和 www.example.cn");
        assertThat(p.getChildren()).allMatch(c -> c instanceof Text);
        assertThat(WebLinks.external("javascript:alert(1)", "点我")).isInstanceOf(Span.class);
        assertThat(WebLinks.external("https://example.cn/a", "a")).isInstanceOf(Anchor.class);
        assertThat(WebLinks.linkify(new Paragraph(), "See https://example.cn/a.").getChildren()
                .filter(Anchor.class::isInstance).map(a -> ((Anchor) a).getHref())).containsExactly("https://example.cn/a");
    }
}
