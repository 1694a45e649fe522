package io.zonebrain.land.internal.importing;

import io.zonebrain.platform.ColumnHeadings;
import io.zonebrain.platform.ExcelColumn;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of the land workbook, in template order. One row is one occupancy of a parcel: the owner's row
 * (lessee blank) carries the parcel, and each lease is a row with the lessee's USCC, repeating the parcel's code.
 * The Chinese heading (with its unit) is what the template and the export carry; English and common variants are
 * accepted too.
 */
public enum LandColumn {
    PARCEL_CODE("宗地号", "Parcel code", "宗地编号", "地块编号"),
    PARCEL_NAME("宗地名称", "Parcel name", "地块名称"),
    LOCATION("坐落", "Location", "土地坐落", "位置"),
    LAND_USE("土地用途", "Land use", "用途"),
    AREA("宗地面积(亩)", "Parcel area (mu)", "宗地面积"),
    OWNER_USCC("权利人统一社会信用代码", "Owner USCC", "权利人信用代码"),
    LESSEE_USCC("承租方统一社会信用代码", "Lessee USCC", "承租方信用代码"),
    LEASE_LAND("租赁用地(亩)", "Leased land (mu)", "租赁用地面积(亩)"),
    FLOOR_AREA("租赁建筑面积(m²)", "Leased floor area (m²)", "租赁建筑面积(平方米)", "租赁建筑面积"),
    LEASE_FROM("租赁起始日", "Lease from", "起租日"),
    LEASE_TO("租赁终止日", "Lease to", "到期日");

    /** Field names of the parcel and lease rules, mapped to the column that holds them. */
    private static final Map<String, LandColumn> BY_RULE_FIELD = Map.ofEntries(
            Map.entry("parcelCode", PARCEL_CODE), Map.entry("parcelName", PARCEL_NAME),
            Map.entry("parcelLocation", LOCATION), Map.entry("landUse", LAND_USE), Map.entry("parcelAreaMu", AREA),
            Map.entry("ownerUscc", OWNER_USCC), Map.entry("lesseeUscc", LESSEE_USCC),
            Map.entry("landShareMu", LEASE_LAND), Map.entry("leaseFloorAreaM2", FLOOR_AREA),
            Map.entry("leaseFrom", LEASE_FROM), Map.entry("leaseTo", LEASE_TO));

    private final ColumnHeadings headings;

    LandColumn(String headingZh, String headingEn, String... variants) {
        this.headings = ColumnHeadings.of(headingZh, headingEn, variants);
    }

    public String heading(Locale locale) {
        return headings.heading(locale);
    }

    public String headingZh() {
        return headings.zh();
    }

    static List<ExcelColumn> excelColumns() {
        return Arrays.stream(values()).map(c -> c.headings.excelColumn(c.name())).toList();
    }

    /** The column of a rule's field name or of a column key; null for neither (a problem of the whole file). */
    public static LandColumn of(String field) {
        return ColumnHeadings.column(LandColumn.class, BY_RULE_FIELD, field);
    }
}
