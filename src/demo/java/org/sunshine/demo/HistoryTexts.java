package org.sunshine.demo;

import io.micronaut.core.annotation.Nullable;
import org.sunshine.complaint.ComplaintType;
import org.sunshine.complaint.Rating;
import org.sunshine.finding.IssueType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The words of the generated history ({@link HistoryGenerator}): what people complain about in each key area, how
 * departments answer, what inspectors and supervisors write. Templates with fill-ins (places, years, months, the
 * department's name), so that a year of complaints reads like a year of complaints. Places are the districts of the
 * demo city and made-up streets, communities and villages; nobody is named.
 */
final class HistoryTexts {

    /** A topic of a key area: the information people ask for, and the website column it belongs in. */
    record Topic(String item, String column) {
    }

    /** The topics by key-area code; {@code ""} is for complaints without a key area. */
    private static final Map<String, List<Topic>> TOPICS = Map.of(
            "TPGJ", topics("扶贫开发",
                    "扶贫项目资金安排和使用情况", "建档立卡贫困户识别和退出名单", "产业扶贫项目实施情况", "扶贫小额信贷贴息名单",
                    "帮扶责任人名单", "易地扶贫搬迁安置情况", "光伏扶贫收益分配方案", "扶贫资金年度审计结果"),
            "SHJZ", topics("社会救助",
                    "低保对象名单", "临时救助标准和申请条件", "特困人员救助供养标准", "高龄津贴发放名单",
                    "残疾人两项补贴发放情况", "医疗救助资金使用情况", "养老服务补贴发放结果", "孤儿基本生活费标准",
                    "低保标准调整文件"),
            "JY", topics("教育信息",
                    "义务教育招生政策", "小学学区划分方案", "中考招生计划", "学生资助名单和资助标准", "民办学校收费标准",
                    "教育经费使用情况", "公办幼儿园招生结果", "校车安全管理信息", "教师招聘考试成绩和拟录用名单"),
            "YLWS", topics("卫生健康",
                    "疫苗接种安排和疫苗批次信息", "医疗机构收费标准", "医保报销药品目录", "健康扶贫政策落实情况",
                    "传染病疫情信息", "家庭医生签约服务政策", "医疗机构行政处罚信息", "大病保险报销标准", "公立医院药品采购价格"),
            "HJBH", topics("环境保护",
                    "建设项目环评报告", "重点排污单位名录", "空气质量监测数据", "饮用水水源地水质监测结果", "环境行政处罚决定",
                    "环保督察反馈问题整改情况", "污水处理厂运行情况", "噪声污染投诉处理结果", "企业环境信息依法披露情况"),
            "ZHJY", topics("应急管理",
                    "防汛应急预案", "应急避难场所位置信息", "救灾款物发放情况", "生产安全事故调查报告", "灾害预警信息",
                    "社会捐赠款物使用情况", "地质灾害隐患点名单", "受灾群众生活补助标准"),
            "WHTY", topics("文化体育",
                    "公共体育场馆开放时间和收费标准", "政府购买公共文化服务目录", "文化惠民活动安排", "全民健身设施建设情况",
                    "公共图书馆免费开放信息", "体育赛事活动经费使用情况", "非遗保护项目资金安排", "村级文化广场建设项目"),
            "", topics("政府信息公开",
                    "政府信息公开指南", "部门年度预算和决算", "行政处罚决定", "政府信息公开年度报告", "规范性文件",
                    "重大行政决策征求意见情况", "政策解读材料", "权责清单", "政府采购招投标结果", "行政许可办理结果",
                    "“三公”经费预决算"));

    private static final List<String> DISTRICTS = List.of("兴隆台区", "双台子区", "大洼区", "盘山县");
    private static final List<String> STREETS = List.of("东城街道", "西城街道", "新工街道", "振兴街道", "渤海街道",
            "胜利街道", "兴海街道", "红旗街道", "石山街道", "铁东街道");
    private static final List<String> COMMUNITIES = List.of("幸福社区", "阳光社区", "和平社区", "建设社区", "惠宾社区",
            "光明社区", "湖滨社区", "石油社区", "友谊社区", "芳草社区");
    private static final List<String> VILLAGES = List.of("大堡子村", "唐家村", "新兴村", "红旗村", "前进村", "太平村",
            "荣兴村", "双岗子村");
    private static final List<String> WHERE_LOOKED = List.of("在{0}门户网站上", "在政府信息公开专栏里", "在{0}的微信公众号上",
            "在社区公示栏", "在政务服务大厅的公开栏", "在市政府网站上");
    private static final List<String> MISSING = List.of("资金分配明细", "政策依据和解读材料", "办理结果", "咨询电话和办理地址",
            "发布日期和文号", "具体名单");

    private HistoryTexts() {
    }

    private static List<Topic> topics(String column, String... items) {
        return java.util.Arrays.stream(items).map(i -> new Topic(i, column)).toList();
    }

    static Topic topic(@Nullable String areaCode, SplittableRandom r) {
        List<Topic> list = TOPICS.getOrDefault(areaCode == null ? "" : areaCode, TOPICS.get(""));
        // one complaint in six about the general disclosure duties, whatever the area
        if (r.nextInt(6) == 0) {
            list = TOPICS.get("");
        }
        return pick(list, r);
    }

    /**
     * The topic of a finding about a responsibility item whose key area (if any) another department leads: the item's
     * own information, e.g. 安全生产信息 in the column 安全生产信息公开.
     */
    static Topic itemTopic(String title) {
        String name = title.replaceAll("（.*）", "");
        name = name.endsWith("公开") ? name.substring(0, name.length() - 2) : name;
        name = name.endsWith("信息") ? name.substring(0, name.length() - 2) : name;
        return new Topic(name + "信息", title.replaceAll("（.*）", ""));
    }

    /** A place in the city: a community, a village or a district. */
    static String place(SplittableRandom r) {
        return switch (r.nextInt(4)) {
            case 0 -> pick(DISTRICTS, r) + pick(STREETS, r) + pick(COMMUNITIES, r);
            case 1 -> pick(STREETS, r) + pick(COMMUNITIES, r);
            case 2 -> pick(DISTRICTS, r) + pick(VILLAGES, r);
            default -> pick(DISTRICTS, r);
        };
    }

    /** What went wrong with the information; the subject, the body and the reply follow from it. */
    enum Problem { NOT_PUBLISHED, DEAD_LINK, OUTDATED, INCOMPLETE, HARD_TO_FIND, APPLICATION_LATE }

    record Text(String subject, String content, Problem problem) {
    }

    /** Subject and content of a complaint of a type about a topic, addressed to a department. */
    static Text complaint(ComplaintType type, Topic topic, String department, LocalDate day, SplittableRandom r) {
        String item = topic.item();
        String place = place(r);
        String where = pick(WHERE_LOOKED, r).replace("{0}", department);
        int year = day.getYear();
        return switch (type) {
            case INQUIRY -> {
                String subject = pick(List.of("咨询" + item, item + "在哪里可以查询", "请问" + item + "是否已经公开",
                        "关于" + item + "的咨询"), r);
                String content = "您好，我想了解" + year + "年" + item + "，" + where + "没有找到相关内容。"
                        + pick(List.of("请问在哪里可以查询？", "请问是否已经公开，在哪个栏目可以看到？",
                        "麻烦告知查询渠道，谢谢。", "家里老人需要办理相关事项，急需了解具体规定。"), r);
                yield new Text(subject, content, Problem.HARD_TO_FIND);
            }
            case SUGGESTION -> {
                String subject = pick(List.of("建议集中公开" + item, "建议" + item + "同步发布政策解读",
                        "建议优化“" + topic.column() + "”栏目", "关于公开" + item + "的建议"), r);
                String content = "目前" + item + "分散在" + department + "网站的多个栏目里，查找很不方便，有的只有文件没有解读。"
                        + "建议开设专栏集中公开" + item + "，按年度归档，并配发通俗易懂的政策解读，方便群众查询和监督。";
                yield new Text(subject, content, Problem.HARD_TO_FIND);
            }
            case REPORT -> {
                int how = r.nextInt(3);
                String subject = switch (how) {
                    case 0 -> "举报" + place + item + "未按规定公示";
                    case 1 -> "举报" + place + "公示期未满即撤下" + item;
                    default -> "反映" + place + item + "公示内容与实际不符";
                };
                String content = place + "的" + item + switch (how) {
                    case 0 -> "没有按规定张榜公示，网上也查不到";
                    case 1 -> "只在公示栏贴了两天就撤下了，很多群众还没来得及看";
                    default -> "公示的内容和实际情况不一致";
                } + "，群众对结果有疑问却无处核实。请有关部门核查，依法公开" + item + "，并对未按规定公开的问题予以纠正。";
                yield new Text(subject, content, Problem.NOT_PUBLISHED);
            }
            case COMPLAINT -> complaintText(item, topic.column(), place, where, department, year, r);
        };
    }

    private static Text complaintText(String item, String column, String place, String where, String department,
                                      int year, SplittableRandom r) {
        Problem problem = switch (r.nextInt(10)) {
            case 0, 1, 2 -> Problem.NOT_PUBLISHED;
            case 3, 4 -> Problem.DEAD_LINK;
            case 5, 6 -> Problem.OUTDATED;
            case 7 -> Problem.INCOMPLETE;
            case 8 -> Problem.APPLICATION_LATE;
            default -> Problem.HARD_TO_FIND;
        };
        String ask = pick(List.of("请督促" + department + "尽快依法公开。", "希望尽快处理并答复。",
                "请有关部门核实处理。", "按照政府信息公开条例，这类信息应当主动公开，请尽快整改。"), r);
        return switch (problem) {
            case NOT_PUBLISHED -> new Text(pick(List.of(item + "未公开", item + "没有公示", place + item + "未公示",
                    "要求公开" + item), r),
                    "我是" + place + "的居民，" + where + "一直没有看到" + year + "年的" + item + "。" + ask, problem);
            case DEAD_LINK -> new Text(pick(List.of(item + "链接失效", item + "链接打不开", department + "网站“" + column
                    + "”栏目链接失效"), r),
                    department + "网站“" + column + "”栏目里" + item + "的链接点开后提示页面不存在，"
                            + pick(List.of("已经好几天了。", "换了几个浏览器都打不开。", "手机和电脑都打不开。"), r) + ask, problem);
            case OUTDATED -> new Text(pick(List.of(item + "长期未更新", item + "更新不及时", item + "还是" + (year - 1)
                    + "年的"), r),
                    where + "公开的" + item + "还停留在" + (year - 1 - r.nextInt(2)) + "年，今年的一直没有更新。" + ask, problem);
            case INCOMPLETE -> new Text(pick(List.of(item + "公开内容不全", item + "只公开了一部分"), r),
                    "公开的" + item + "只有汇总数字，缺少" + pick(MISSING, r) + "，群众无法监督。" + ask, problem);
            case APPLICATION_LATE -> new Text(pick(List.of("申请公开" + item + "超期未答复", "依申请公开" + item + "没有回音"), r),
                    "我在" + (1 + r.nextInt(12)) + "月通过依申请公开渠道向" + department + "申请公开" + item
                            + "，已经超过20个工作日，至今没有收到答复，也没有延期告知。" + ask, problem);
            case HARD_TO_FIND -> new Text(pick(List.of(item + "在网站上找不到", "查不到" + item), r),
                    where + "反复查找" + item + "都没有找到，打电话询问也说不清楚在哪里公开。" + ask, problem);
        };
    }

    /** The department's reply, in the department's name. */
    static String reply(Text text, Topic topic, String department, LocalDate day, SplittableRandom r) {
        String item = topic.item();
        String date = day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
        String thanks = pick(List.of("感谢您对我单位政务公开工作的监督。", "感谢您的关注和支持。",
                "如有疑问，可拨打12345热线或我单位政务公开咨询电话。"), r);
        return switch (text.problem()) {
            case NOT_PUBLISHED -> pick(List.of(
                    "经核查，" + item + "已于" + date + "在" + department + "门户网站“" + topic.column()
                            + "”栏目公开，您可登录查阅。此前未及时公开，我单位已责成相关科室整改。",
                    "经核实，" + item + "已在相关社区、村公示栏张榜公示，并同步在" + department + "网站公开，公示期7天。",
                    "经核查，" + item + "中涉及个人隐私的部分依法不予公开，其余内容已于" + date + "在网站公开，具体情况已向您说明。"), r)
                    + thanks;
            case DEAD_LINK -> "经核查，因网站改版迁移导致该链接失效，现已修复，" + item + "可正常访问。"
                    + "我单位已对网站全部栏目链接进行排查，并建立每周巡检制度。" + thanks;
            case OUTDATED -> "已于" + date + "更新" + day.getYear() + "年度" + item + "，并明确专人负责定期更新，"
                    + "避免再次出现更新不及时的问题。" + thanks;
            case INCOMPLETE -> "已按规定补充公开" + item + "的具体内容，涉及个人隐私的信息已作去标识化处理。" + thanks;
            case APPLICATION_LATE -> "经查，您的政府信息公开申请因承办科室衔接不畅未能按期答复，对此深表歉意。"
                    + "现已将" + item + "以电子邮件和邮寄方式提供给您，并对相关责任人进行了批评教育。" + thanks;
            case HARD_TO_FIND -> pick(List.of(
                    "您咨询的" + item + "可在" + department + "门户网站“政府信息公开”专栏的“" + topic.column()
                            + "”栏目查询，也可到政务服务大厅现场查阅。",
                    "感谢您的建议。我单位已在门户网站开设专栏集中公开" + item + "，并同步发布政策解读，方便群众查询。",
                    "经核查，" + item + "已在" + department + "网站公开，为方便查找，我们已在首页设置快捷入口。"), r)
                    + thanks;
        };
    }

    static final List<String> REJECT_REASONS = List.of(
            "所反映事项不属于政府信息公开范围，请通过12345热线反映。",
            "诉求内容不明确，无法核实，请补充具体信息后重新提交。",
            "该事项已进入行政复议程序，依法不予重复受理。",
            "重复提交，已并入此前的同一诉求办理。");
    static final List<String> WITHDRAW_REASONS = List.of("", "", "问题已经解决，撤回。", "已经在网站上查到了，不需要再办理。",
            "已通过其他渠道了解清楚。");
    static final List<String> ASSIGN_NOTES = List.of("", "", "", "请按期答复。", "请核实后依法公开并答复诉求人。");
    static final List<String> EXTENSION_REASONS = List.of("涉及多个部门会商，需要更多时间核实。", "需要向上级主管部门请示，申请延期答复。",
            "涉及历史档案查找，需要延期答复。", "需组织现场核查，申请延期。");
    static final List<String> EXTENSION_REFUSALS = List.of("理由不充分，请按原期限答复。", "该事项不复杂，请按期办结。");
    static final List<String> RETURN_REFUSALS = List.of("该事项属于本单位职责范围，请按期办理。", "经核对责任分解表，该事项由你单位牵头，请继续办理。");
    static final List<String> REMINDERS = List.of("请抓紧办理，按期答复诉求人。", "该事项即将到期，请尽快答复。",
            "已超过办理期限，请立即办理并说明原因。");
    static final List<String> REOPEN_REASONS = List.of("答复说已经公开，但网站上仍然找不到相关内容。", "公开的名单只有部分内容，请完整公开。",
            "链接仍然打不开，问题没有解决。", "答复没有回应我提出的问题。");

    static String returnReason(String otherDepartment) {
        return "该事项不属于我单位职责，建议转" + otherDepartment + "办理。";
    }

    @Nullable
    static String ratingComment(Rating rating, SplittableRandom r) {
        if (r.nextInt(10) < 6) {
            return null;
        }
        return switch (rating) {
            case SATISFIED -> pick(List.of("答复及时，问题已解决，谢谢。", "已经在网站上查到了，很满意。", "办理很认真，点赞。"), r);
            case BASICALLY_SATISFIED -> pick(List.of("已经公开了，但是查找还不够方便。", "答复可以，希望以后及时更新。",
                    "问题基本解决，答复时间有点长。"), r);
            case DISSATISFIED -> pick(List.of("答复只是说明了情况，问题没有实际解决。", "公开的内容还是不全。", "答复太慢了。"), r);
            case NOT_RATED -> null;
        };
    }

    // findings

    static String finding(IssueType issue, Topic topic, String department, LocalDate day, SplittableRandom r) {
        String item = topic.item();
        return switch (issue) {
            case NOT_DISCLOSED -> department + "门户网站未公开" + item + "，不符合主动公开的要求。"
                    + pick(List.of("经检索政府信息公开专栏和部门网站均未找到。", "相关社区公示栏也未张贴。"), r);
            case LATE -> department + day.getYear() + "年" + Math.max(1, day.getMonthValue() - 1) + "月形成的" + item
                    + "至今未公开，已超过20个工作日的公开时限。";
            case INCOMPLETE -> department + "公开的" + item + "内容不完整，缺少" + pick(MISSING, r) + "。";
            case NON_STANDARD -> department + "公开的" + item + "不规范：" + pick(List.of("未标注发布日期和文号",
                    "以图片形式发布，无法检索", "栏目归类错误，放在了“工作动态”栏目"), r) + "。";
            case DEAD_LINK -> department + "网站“" + topic.column() + "”栏目中" + item + "的链接失效，点击后提示页面不存在。";
            case OTHER -> department + "政务公开栏目设置不合理，" + item + "查找困难，"
                    + pick(List.of("站内搜索无法检索到。", "咨询电话长期无人接听。"), r);
        };
    }

    static String evidenceUrl(String departmentCode, SplittableRandom r) {
        String host = departmentCode.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]", "");
        return "http://" + (host.isEmpty() ? "www" : host) + ".example.gov.cn/xxgk/" + (2000 + r.nextInt(900)) + "/"
                + Integer.toHexString(r.nextInt(0xfffff)) + ".html";
    }

    static final List<String> CONFIRM_NOTES = List.of("", "", "请于期限内整改并报送整改报告。", "问题属实，请按期整改。");
    static final List<String> DISMISS_REASONS = List.of("经核查，该信息已在政府信息公开专栏公开，所反映问题不属实。",
            "该信息属于依法不予公开的范围，已向提出人说明。", "不属于政务公开问题，已转有关部门处理。");
    static final List<String> REPORT_RETURNS = List.of("整改报告未附整改后的页面截图，请补充佐证材料。",
            "公开内容仍不完整，请按要求补全后重新报送。", "链接仍无法访问，请核实后重新整改。");
    static final List<String> ACCEPT_NOTES = List.of("", "经核验，整改到位，予以销号。", "已核验网站页面，整改到位。");

    static String duplicateReason(String original) {
        return "与监督意见" + original + "反映的是同一问题，已并入该意见办理。";
    }

    static String report(Topic topic, boolean second, SplittableRandom r) {
        if (second) {
            return "已按退回意见补充整改：" + topic.item() + "已完整公开，整改后页面截图和链接已附上。";
        }
        return pick(List.of("已在门户网站“" + topic.column() + "”栏目补充公开" + topic.item() + "，并建立信息发布前审核制度。",
                "已修复相关链接并对全站链接进行排查，" + topic.item() + "可正常访问。",
                "已更新" + topic.item() + "，明确专人负责，每月自查一次。"), r);
    }

    // reviews

    static String reviewComment(boolean low, SplittableRandom r) {
        if (low) {
            return pick(List.of("对照答复核查网站，答复所称已公开的内容仍未找到，答复敷衍。", "答复明显超期，且未说明原因。",
                    "答复内容与诉求不对应，问题没有解决。"), r);
        }
        return pick(List.of("", "", "对照答复核查网站，相关信息已公开。", "答复及时、内容完整。", "答复规范，已核实公开情况。"), r);
    }

    static final List<String> UNVERIFIABLE_REASONS = List.of("诉求人匿名提交，无法回访；答复所述栏目暂无法访问，无法核实。",
            "答复所述信息已下线，无法核实办理情况。");

    static <T> T pick(List<T> list, SplittableRandom r) {
        return list.get(r.nextInt(list.size()));
    }
}
