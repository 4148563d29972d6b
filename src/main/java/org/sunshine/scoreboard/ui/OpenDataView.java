package org.sunshine.scoreboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import org.sunshine.base.ui.PublicLayout;
import org.sunshine.scoreboard.Scoreboard;

import java.util.List;

/**
 * 开放数据: what is published as data, at which stable address, in which format and with which fields — the locked
 * rankings, the complaint figures by department, the public bulletins. No personal data is ever published.
 */
@Prototype
@AnonymousAllowed
@Route(value = "public/open-data", layout = PublicLayout.class)
public class OpenDataView extends Div implements HasDynamicTitle {

    public OpenDataView(Scoreboard scoreboard) {
        addClassName("public-scoreboard");
        setId("open-data");
        add(new H2(getTranslation("openData.title")), new Paragraph(getTranslation("openData.intro")));
        dataset("periods", List.of("/api/open-data/periods.json"));
        dataset("bulletins", List.of("/api/open-data/bulletins.json"));
        List<Scoreboard.PublicPeriod> periods = scoreboard.periods();
        Div list = new Div(new H3(getTranslation("openData.byPeriod")), new Paragraph(getTranslation("openData.byPeriod.help")));
        list.setId("open-data-periods");
        UnorderedList items = new UnorderedList();
        for (Scoreboard.PublicPeriod p : periods) {
            ListItem item = new ListItem(p.name() + " ");
            for (String file : List.of("ranking.csv", "ranking.json", "statistics.csv", "statistics.json")) {
                Anchor link = new Anchor("/api/open-data/periods/" + p.id() + "/" + file, file);
                link.setRouterIgnore(true);
                item.add(link, new com.vaadin.flow.component.html.Span(" "));
            }
            items.add(item);
        }
        list.add(items);
        add(list);
    }

    private void dataset(String key, List<String> urls) {
        Div box = new Div(new H3(getTranslation("openData." + key)), new Paragraph(getTranslation("openData." + key + ".help")));
        for (String url : urls) {
            Anchor link = new Anchor(url, new Code(url));
            link.setRouterIgnore(true);
            box.add(new Paragraph(link));
        }
        add(box);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("openData.title");
    }
}
