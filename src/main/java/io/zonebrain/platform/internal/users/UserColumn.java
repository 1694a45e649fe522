package io.zonebrain.platform.internal.users;

import io.zonebrain.platform.AccountLinkDirectory.LinkKind;
import io.zonebrain.platform.ColumnHeadings;
import io.zonebrain.platform.ExcelColumn;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of the user list's Excel file, in export order; the import reads the same file. The party an account
 * acts for is named by code (an enterprise's USCC, a factory's or brand's code), never by a database id. The export
 * writes the Chinese or English heading by the reader's language; the import accepts either, and common variants.
 * "Locked" is shown for information; the import ignores it (a lock ends by itself or by a password reset).
 */
public enum UserColumn {
    USERNAME("用户名", "Username", "账号"),
    DISPLAY_NAME("姓名", "Name", "Display name", "显示名称"),
    ROLE("角色", "Role"),
    GRID("服务网格", "Service grid", "网格", "Grid"),
    ENTERPRISE("企业统一社会信用代码", "Enterprise USCC", "统一社会信用代码", "USCC"),
    FACTORY("工厂编码", "Factory code"),
    BRAND("品牌编码", "Brand code"),
    ENABLED("启用(是/否)", "Enabled (yes/no)", "启用", "Enabled"),
    LOCKED("已锁定(是/否)", "Locked (yes/no)", "已锁定", "锁定", "Locked");

    /** Field names of {@code UserAccounts.rules}, mapped to the column that holds them. */
    private static final Map<String, UserColumn> BY_RULE_FIELD = Map.of("username", USERNAME,
            "displayName", DISPLAY_NAME, "gridId", GRID, "enterpriseId", ENTERPRISE, "factoryId", FACTORY,
            "brandId", BRAND);

    private final ColumnHeadings headings;

    UserColumn(String headingZh, String headingEn, String... variants) {
        this.headings = ColumnHeadings.of(headingZh, headingEn, variants);
    }

    public String heading(Locale locale) {
        return headings.heading(locale);
    }

    static List<ExcelColumn> excelColumns() {
        return Arrays.stream(values()).map(c -> c.headings.excelColumn(c.name())).toList();
    }

    /** The column that names the party of this kind. */
    static UserColumn of(LinkKind kind) {
        return switch (kind) {
            case ENTERPRISE -> ENTERPRISE;
            case FACTORY -> FACTORY;
            case BRAND -> BRAND;
        };
    }

    /** The column of a rule's field name or of a column key; null for neither (a problem of the whole file). */
    public static UserColumn of(String field) {
        return ColumnHeadings.column(UserColumn.class, BY_RULE_FIELD, field);
    }
}
