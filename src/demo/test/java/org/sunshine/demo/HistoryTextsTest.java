package org.sunshine.demo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The topic of a finding about a responsibility item reads as that item's information, in the item's column. */
class HistoryTextsTest {

    @Test
    void anItemsTopicIsItsOwnInformation() {
        assertThat(HistoryTexts.itemTopic("安全生产信息公开"))
                .isEqualTo(new HistoryTexts.Topic("安全生产信息", "安全生产信息公开"));
        assertThat(HistoryTexts.itemTopic("行政权力清单公开"))
                .isEqualTo(new HistoryTexts.Topic("行政权力清单信息", "行政权力清单公开"));
        assertThat(HistoryTexts.itemTopic("公共企事业单位办事公开（教育、医疗、供水等领域）"))
                .isEqualTo(new HistoryTexts.Topic("公共企事业单位办事信息", "公共企事业单位办事公开"));
    }
}
