package org.sunshine.bench;

import java.util.List;
import java.util.Random;

/**
 * Chinese words for the screens benchmark's searches. The generated complaints ({@code HistoryTexts}) are 50–120
 * characters; {@link #lengthenComplaints} puts a sentence of circumstances before each and a closing request after it,
 * so that a complaint is 130–300 characters and its own words sit in the middle. 公开 is in nearly every complaint,
 * 低保 and 名单 in a few percent, and {@value #RARE} in one complaint of {@value #RARE_EVERY}. Findings and their
 * rectification reports get texts of the same kind.
 */
final class BenchTexts {

    /** A word found in about one complaint in {@value #RARE_EVERY}, in the middle of its content. */
    static final String RARE = "防空洞";
    static final int RARE_EVERY = 9973;

    private static final List<String> INTROS = List.of(
            "我是一名退休教师，平时经常关注政府网站发布的各类信息，也习惯通过网上渠道了解和办理有关事项。",
            "近期因为家里需要办理相关手续，我多次登录政府门户网站和部门网站查找资料，也到服务大厅现场咨询过。",
            "本人长期在外地务工，春节回乡期间听邻居说起这件事，村里不少群众都有同样的疑问，委托我统一反映。",
            "我们小区的业主群里最近讨论比较多，大家对相关政策的执行情况很关心，但是找不到权威的说明。",
            "作为一名个体工商户，我需要及时掌握有关政策和办事要求，去年就曾经因为信息不全多跑了好几趟。",
            "上个月社区网格员入户走访时，我当面反映过这个问题，网格员答应向上级报告，但到现在没有下文。",
            "我父母年纪大了不会上网，平时都是我帮他们查询各类补贴和救助政策，这次查询过程很不顺利。",
            "我在一家企业做行政工作，经常替单位办理各类申报事项，对政府网站的栏目设置比较熟悉。");

    private static final List<String> TAILS = List.of(
            "以上情况恳请有关部门高度重视，尽快核实并给予书面答复，同时希望今后能够定期更新相关信息。",
            "希望相关单位能够举一反三，全面排查同类问题，切实保障群众的知情权、参与权和监督权。",
            "如需进一步了解情况，可以通过本平台与我联系，我愿意配合核实，谢谢！",
            "恳请尽快处理，并将处理结果在网站上一并公布，方便其他有同样需求的群众查阅。",
            "此事涉及很多家庭的切身利益，希望能够引起重视，在规定期限内办理答复。",
            "建议同时在政务服务大厅和社区公示栏同步张贴，照顾不会上网的老年人。");

    private BenchTexts() {
    }

    /** The SQL expression of a complaint's longer content, from its id and its generated content. */
    static String lengthenedContent() {
        return "CONCAT(" + elt(INTROS, "id") + ", content, CASE WHEN id % " + RARE_EVERY + " = 0 THEN '另外，"
                + "小区附近的人防工程" + RARE + "改造项目也没有任何公示。' ELSE '' END, " + elt(TAILS, "FLOOR(id / 8)") + ")";
    }

    private static String elt(List<String> texts, String on) {
        StringBuilder sql = new StringBuilder("ELT(1 + (" + on + ") % " + texts.size());
        texts.forEach(t -> sql.append(", '").append(t).append('\''));
        return sql.append(')').toString();
    }

    private static final List<String> FINDING_ITEMS = List.of("低保对象名单", "建设项目环评报告", "义务教育招生政策",
            "医疗机构收费标准", "扶贫项目资金安排和使用情况", "防汛应急预案", "部门年度预算和决算", "行政处罚决定",
            "政府采购招投标结果", "重大行政决策征求意见情况", "公共体育场馆开放时间和收费标准", "救灾款物发放情况");

    private static final List<String> FINDING_PROBLEMS = List.of(
            "在政府信息公开专栏中未按规定主动公开，栏目长期为空",
            "公开内容仍停留在上一年度，未及时更新",
            "只公开了汇总数字，缺少明细和政策依据，群众无法监督",
            "栏目链接点开后提示页面不存在，附件无法下载",
            "公开的文件没有配发政策解读，表述专业，群众难以理解",
            "公示期未满即撤下，部分群众反映没有看到");

    /** A finding's description: where the inspector looked, what was wrong, what the rule asks (110–170 characters). */
    static BenchFindings.Texts findings() {
        return new BenchFindings.Texts() {
            @Override
            public String description(int n, Random random) {
                String item = FINDING_ITEMS.get(random.nextInt(FINDING_ITEMS.size()));
                return "经对门户网站和政务新媒体开展专项检查，发现" + item
                        + FINDING_PROBLEMS.get(random.nextInt(FINDING_PROBLEMS.size()))
                        + "。根据《中华人民共和国政府信息公开条例》和本年度政务公开工作要点，该类信息属于主动公开范围，"
                        + "应当在形成或者变更之日起二十个工作日内予以公开。请责任单位对照问题清单逐项整改，"
                        + "并举一反三开展自查，整改情况按期报送。";
            }

            @Override
            public String report(int n, Random random) {
                String item = FINDING_ITEMS.get(random.nextInt(FINDING_ITEMS.size()));
                return "收到监督意见后，我单位立即召开专题会议研究部署整改工作，已在政府信息公开专栏补充公开" + item
                        + "，同步发布政策解读，并对全部栏目开展了自查，清理失效链接" + (3 + random.nextInt(20))
                        + "处。今后将建立信息发布审核和定期巡查机制，确保公开内容准确、完整、及时。";
            }
        };
    }
}
