package io.zonebrain.indicators.internal.reporting;

import io.zonebrain.indicators.Unit;
import io.zonebrain.platform.ExcelColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns of an import file. Monthly: the statistics bureau's layout, one row per enterprise and month
 * (统一社会信用代码, 企业名称, 报告期, the 13 figures, money in 万元 as on the bureau's forms). Annual: year and
 * the 11 figures of the per-mu evaluation. A "变动说明" (jump reason) column is optional in both.
 */
public final class ImportLayout {

    public static final String USCC = "uscc";
    public static final String NAME = "name";
    public static final String REASON = "jumpReason";
    static final String REASON_HEADING = "变动说明";

    private ImportLayout() {
    }

    public static String periodKey(ReportKind kind) {
        return kind.periodField();
    }

    public static List<ExcelColumn> columns(ReportKind kind, boolean withReason) {
        List<ExcelColumn> columns = new ArrayList<>();
        columns.add(ExcelColumn.of(USCC, "统一社会信用代码", "信用代码", "USCC"));
        columns.add(ExcelColumn.of(NAME, "企业名称", "单位详细名称", "Enterprise name", "Name"));
        columns.add(kind == ReportKind.MONTHLY
                ? ExcelColumn.of(kind.periodField(), "报告期", "期别", "月份", "Period")
                : ExcelColumn.of(kind.periodField(), "年度", "年份", "Year"));
        for (Figure f : kind.figures()) {
            columns.add(ExcelColumn.of(f.code(), headingsZh(kind, f).toArray(String[]::new)));
        }
        if (withReason) {
            columns.add(ExcelColumn.of(REASON, REASON_HEADING, "变动原因", "Jump reason", "Reason"));
        }
        return columns;
    }

    /** The Chinese heading with its unit first (what the template writes), then variants people type. */
    static List<String> headingsZh(ReportKind kind, Figure f) {
        String label = ChineseLabels.of(kind, f);
        String unit = switch (f.unit()) {
            case YUAN -> "万元";
            case KWH -> "千瓦时";
            case TONNES_STANDARD_COAL -> "吨标准煤";
            case TONNES -> "吨";
            case PERSONS -> "人";
            case MU -> "亩";
        };
        return List.of(label + "(" + unit + ")", label, f.code(), f.code().toLowerCase(java.util.Locale.ROOT));
    }

    public static List<String> templateHeadings(ReportKind kind) {
        return columns(kind, true).stream().map(ExcelColumn::mainHeading).toList();
    }

    static boolean money(Figure f) {
        return f.unit() == Unit.YUAN;
    }
}
