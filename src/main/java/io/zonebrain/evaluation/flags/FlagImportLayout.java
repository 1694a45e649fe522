package io.zonebrain.evaluation.flags;

import io.zonebrain.platform.ExcelColumn;
import java.util.List;

/**
 * The columns of a flags file, also the export's, so an exported list can be corrected and imported again:
 * 统一社会信用代码, 企业名称 (for the reader; not checked), 标记 (a code such as SAFETY_ACCIDENT, or its Chinese or
 * English label), 说明 (the note, optional). The data year is chosen on the upload form.
 */
final class FlagImportLayout {

    static final String USCC = "uscc";
    static final String NAME = "name";
    static final String FLAG = "flag";
    static final String NOTE = "note";

    static final List<ExcelColumn> COLUMNS = List.of(
            ExcelColumn.of(USCC, "统一社会信用代码", "信用代码", "USCC"),
            ExcelColumn.of(NAME, "企业名称", "Enterprise name", "Name"),
            ExcelColumn.of(FLAG, "标记", "标记代码", "Flag", "Flag code"),
            ExcelColumn.of(NOTE, "说明", "备注", "证明材料", "Note", "Evidence"));

    private FlagImportLayout() {
    }

    static List<String> headings() {
        return COLUMNS.stream().map(ExcelColumn::mainHeading).toList();
    }
}
