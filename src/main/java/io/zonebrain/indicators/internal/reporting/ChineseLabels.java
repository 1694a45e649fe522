package io.zonebrain.indicators.internal.reporting;

import java.util.Map;

/** The bureau's Chinese column names; the same words as the message bundle, fixed here because files use them. */
final class ChineseLabels {

    private static final Map<String, String> MONTHLY = Map.ofEntries(
            Map.entry("GROSS_OUTPUT", "工业总产值"), Map.entry("SALES_OUTPUT", "销售产值"),
            Map.entry("EXPORT_DELIVERY", "出口交货值"), Map.entry("REVENUE", "营业收入"),
            Map.entry("TOTAL_PROFIT", "利润总额"), Map.entry("TAXES", "税金总额"),
            Map.entry("VALUE_ADDED", "工业增加值"), Map.entry("HIGH_TECH_OUTPUT", "高新技术产业产值"),
            Map.entry("NEW_PRODUCT_OUTPUT", "新产品产值"), Map.entry("RD_EXPENSE", "研发费用"),
            Map.entry("ELECTRICITY", "用电量"), Map.entry("ENERGY", "综合能耗"),
            Map.entry("EMPLOYEES", "从业人员平均人数"));
    private static final Map<String, String> ANNUAL = Map.ofEntries(
            Map.entry("TAXES_PAID", "实缴税金"), Map.entry("VALUE_ADDED", "工业增加值"),
            Map.entry("REVENUE", "营业收入"), Map.entry("ENERGY", "综合能耗"), Map.entry("COD", "化学需氧量"),
            Map.entry("AMMONIA_NITROGEN", "氨氮"), Map.entry("SO2", "二氧化硫"), Map.entry("NOX", "氮氧化物"),
            Map.entry("RD_EXPENSE", "研发费用"), Map.entry("EMPLOYEES", "年平均职工人数"),
            Map.entry("LAND_USED", "用地面积"));

    private ChineseLabels() {
    }

    static String of(ReportKind kind, Figure f) {
        return (kind == ReportKind.MONTHLY ? MONTHLY : ANNUAL).get(f.code());
    }
}
