package org.sunshine.demo;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What the demo's applicants ask each organ for: items of its own duties (the Art. 20 kinds a city department holds),
 * and the names they sign with. A department without a list of its own gets the items every organ holds.
 */
final class RequestTexts {

    private static final List<String> COMMON = List.of(
            "{0}{1}年度部门预算和决算公开表及“三公”经费支出说明",
            "{0}{1}年内设机构、职能配置和人员编制规定",
            "{0}{1}年度政府采购项目清单及中标结果",
            "{0}{1}年度行政处罚决定书（涉及本人所在企业的部分）",
            "{0}{1}年制定的行政规范性文件目录及文号",
            "{0}{1}年度政务公开工作要点及落实情况");

    private static final Map<String, List<String>> BY_DEPARTMENT = Map.ofEntries(
            Map.entry("MZJ", List.of("{1}年度城乡最低生活保障资金发放明细（按街道汇总）",
                    "本市养老机构名单及{1}年等级评定结果", "{1}年临时救助审批标准及审批程序",
                    "{1}年度高龄老人养老服务补贴发放名单（本人所在社区）", "本市社会组织{1}年年检结果")),
            Map.entry("ZJW", List.of("{1}年本市保障性住房分配名单及审核依据", "兴隆台区某小区建设工程规划许可证及附图",
                    "{1}年老旧小区改造项目清单及资金安排", "本市商品房预售许可证核发情况（{1}年）")),
            Map.entry("GTJ", List.of("{1}年本市国有建设用地使用权出让结果", "本人所在村集体土地征收的批准文件及征地补偿安置方案",
                    "{1}年度土地利用年度计划执行情况")),
            Map.entry("HBJ", List.of("{1}年重点排污单位名录及自动监测数据", "某化工企业建设项目环境影响评价批复文件",
                    "{1}年本市空气质量月报及超标原因分析", "{1}年环境行政处罚案件信息")),
            Map.entry("JYJ", List.of("{1}年义务教育阶段学校招生划片范围", "{1}年民办学校收费标准核准文件",
                    "{1}年度教育经费投入及使用情况")),
            Map.entry("WJW", List.of("{1}年本市医疗机构执业登记情况", "{1}年突发公共卫生事件应急预案",
                    "{1}年家庭医生签约服务收费标准")),
            Map.entry("RSJ", List.of("{1}年事业单位公开招聘拟聘用人员名单及考试成绩", "{1}年最低工资标准调整文件",
                    "{1}年失业保险金发放标准及领取条件")),
            Map.entry("JTJ", List.of("{1}年城市公交线路调整方案及听证记录", "{1}年出租汽车运价调整文件",
                    "{1}年农村公路建设项目清单")),
            Map.entry("SCJ", List.of("{1}年食品安全监督抽检结果", "某企业营业执照变更登记的审批文件",
                    "{1}年价格违法行为行政处罚决定")),
            Map.entry("CZJ", List.of("{1}年市本级财政预算执行情况", "{1}年政府债务限额及余额情况",
                    "{1}年惠民惠农财政补贴资金发放情况")),
            Map.entry("FGW", List.of("{1}年重大建设项目批准和实施情况", "{1}年政府定价目录",
                    "{1}年国民经济和社会发展计划执行情况")),
            Map.entry("GAJ", List.of("{1}年户籍迁入审批条件和办理程序", "{1}年道路交通事故多发路段统计")),
            Map.entry("SLJ", List.of("{1}年防汛抗旱应急预案", "{1}年农村饮水安全工程建设项目清单")),
            Map.entry("SZFB", List.of("{1}年市政府常务会议纪要中涉及本村拆迁的内容", "{1}年市政府重点工作任务分工方案",
                    "{1}年市政府规章及行政规范性文件目录", "{1}年政府工作报告重点任务完成情况")));

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙",
            "马", "朱", "胡", "郭", "何", "林", "高", "罗"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "洋", "艳", "勇", "军", "杰",
            "娟", "涛", "明", "超", "秀英", "桂兰", "建华", "志强", "海燕", "晓东", "玉兰"};
    /** Organizations by the annual report's kinds: 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他. */
    private static final String[][] ORGANIZATIONS = {
            {"盘锦兴达建筑工程有限公司", "盘锦红海滩旅游开发有限公司", "辽河石化设备制造有限公司", "盘锦稻香米业有限公司"},
            {"盘锦市环境科学研究院", "盘锦大米产业研究所"},
            {"盘锦爱心公益服务中心", "盘锦市助残志愿者协会"},
            {"辽宁北方律师事务所", "辽宁正信律师事务所", "盘锦市法律援助服务中心"},
            {"盘锦市消费者协会", "盘锦市乡村振兴促进会"}};

    private RequestTexts() {
    }

    static String description(String departmentCode, String shortName, int year, SplittableRandom r) {
        List<String> own = BY_DEPARTMENT.getOrDefault(departmentCode, List.of());
        List<String> pick = own.isEmpty() || r.nextInt(5) == 0 ? COMMON : own;
        String template = pick.get(r.nextInt(pick.size()));
        return template.replace("{0}", "市" + shortName).replace("{1}", String.valueOf(year - r.nextInt(2)));
    }

    static String personName(SplittableRandom r) {
        return SURNAMES[r.nextInt(SURNAMES.length)] + GIVEN[r.nextInt(GIVEN.length)];
    }

    static String organization(int orgTypeIndex, SplittableRandom r) {
        String[] names = ORGANIZATIONS[orgTypeIndex];
        return names[r.nextInt(names.length)];
    }
}
