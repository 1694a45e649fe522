package io.zonebrain.enterprise.internal.importing;

import io.zonebrain.platform.ColumnHeadings;
import io.zonebrain.platform.ExcelColumn;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of the registry import, in template order. The Chinese heading (with its unit) is what the template
 * carries; the English heading and a few common variants are accepted too. Row errors name these headings.
 */
public enum ImportColumn {
    USCC("统一社会信用代码", "USCC", "Unified social credit code"),
    NAME("企业名称", "Enterprise name", "Name"),
    LEGAL_REPRESENTATIVE("法定代表人", "Legal representative"),
    FOUNDED_ON("成立日期", "Founded on", "Date founded"),
    REGISTERED_CAPITAL("注册资本(万元)", "Registered capital (10k yuan)", "注册资本（万元）"),
    ADDRESS("注册地址", "Registered address", "Address"),
    PARK("园区/区块", "Park", "园区"),
    GRID("服务网格", "Service grid", "Grid", "网格"),
    INDUSTRY_CODE("行业代码", "Industry code", "国民经济行业代码"),
    CLUSTER("产业集群", "Industry cluster", "Cluster"),
    ABOVE_SCALE("规上企业(是/否)", "Above scale (yes/no)", "规上企业"),
    OWN_LAND("自有土地(亩)", "Own land (mu)"),
    LEASED_AREA("租赁面积(亩)", "Leased area (mu)"),
    TAGS("标签", "Tags"),
    CDO_NAME("首席数据官", "Chief data officer", "CDO"),
    CDO_PHONE("首席数据官电话", "CDO phone", "Chief data officer phone"),
    CDO_EMAIL("首席数据官邮箱", "CDO email", "Chief data officer email");

    /** Field names used by EnterpriseRules, mapped to the column that holds them. */
    private static final Map<String, ImportColumn> BY_RULE_FIELD = Map.ofEntries(
            Map.entry("uscc", USCC), Map.entry("name", NAME), Map.entry("legalRepresentative", LEGAL_REPRESENTATIVE),
            Map.entry("foundedOn", FOUNDED_ON), Map.entry("registeredCapitalYuan", REGISTERED_CAPITAL),
            Map.entry("address", ADDRESS), Map.entry("parkCode", PARK), Map.entry("gridId", GRID),
            Map.entry("industryCode", INDUSTRY_CODE), Map.entry("clusterCode", CLUSTER),
            Map.entry("aboveScale", ABOVE_SCALE), Map.entry("ownLandMu", OWN_LAND),
            Map.entry("leasedAreaMu", LEASED_AREA), Map.entry("tags", TAGS), Map.entry("contactName", CDO_NAME),
            Map.entry("contactPosition", CDO_NAME), Map.entry("chiefDataOfficer", CDO_NAME),
            Map.entry("contactPhone", CDO_PHONE), Map.entry("contactEmail", CDO_EMAIL));

    private final ColumnHeadings headings;

    ImportColumn(String headingZh, String headingEn, String... variants) {
        this.headings = ColumnHeadings.of(headingZh, headingEn, variants);
    }

    public String key() {
        return name();
    }

    public String heading(Locale locale) {
        return headings.heading(locale);
    }

    public String headingZh() {
        return headings.zh();
    }

    ExcelColumn excelColumn() {
        return headings.excelColumn(name());
    }

    static List<ExcelColumn> excelColumns() {
        return Arrays.stream(values()).map(ImportColumn::excelColumn).toList();
    }

    /** The column of a rule's field name, or of a column key; null when neither (a file-level problem). */
    public static ImportColumn of(String field) {
        return ColumnHeadings.column(ImportColumn.class, BY_RULE_FIELD, field);
    }
}
