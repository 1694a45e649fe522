package io.zonebrain.fashion.web;

import io.zonebrain.fashion.FactoryRef;
import io.zonebrain.fashion.GarmentOrder;
import io.zonebrain.fashion.OrderDraft;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;

/** The order form as the browser posts it; preferred and blocked factories are codes typed in a box. */
public class OrderForm {

    private Long brandId;
    private String brandRef;
    private String style;
    private String categoryCode;
    private BigDecimal samMinutes;
    private Integer quantity;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueOn;
    private Integer qualityLevel = 2;
    private BigDecimal targetPriceYuan;
    private boolean maySplit = true;
    private Integer smallestLot;
    private String note;
    private List<String> processes = new ArrayList<>(List.of("cutting", "sewing", "finishing"));
    private String preferred;
    private String blocked;
    private int version;
    private String reason;

    static OrderForm of(GarmentOrder o) {
        OrderForm f = new OrderForm();
        f.brandId = o.brandId();
        f.brandRef = o.brandRef();
        f.style = o.style();
        f.categoryCode = o.categoryCode();
        f.samMinutes = o.samMinutes();
        f.quantity = o.quantity();
        f.dueOn = o.dueOn();
        f.qualityLevel = o.qualityLevel();
        f.targetPriceYuan = o.targetPriceYuan();
        f.maySplit = o.maySplit();
        f.smallestLot = o.smallestLot();
        f.note = o.note();
        f.processes = new ArrayList<>(o.processes());
        f.preferred = o.preferred().stream().map(FactoryRef::code).collect(Collectors.joining(", "));
        f.blocked = o.blocked().stream().map(FactoryRef::code).collect(Collectors.joining(", "));
        f.version = o.version();
        return f;
    }

    OrderDraft toDraft() {
        return new OrderDraft(brandId, brandRef, style, categoryCode, samMinutes, quantity, dueOn, qualityLevel,
                targetPriceYuan, maySplit, smallestLot, note, processes, codes(preferred), codes(blocked));
    }

    static List<String> codes(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[\\s,，、;；]+")).filter(s -> !s.isBlank()).toList();
    }

    public Long getBrandId() { return brandId; }
    public void setBrandId(Long v) { brandId = v; }
    public String getBrandRef() { return brandRef; }
    public void setBrandRef(String v) { brandRef = v; }
    public String getStyle() { return style; }
    public void setStyle(String v) { style = v; }
    public String getCategoryCode() { return categoryCode; }
    public void setCategoryCode(String v) { categoryCode = v; }
    public BigDecimal getSamMinutes() { return samMinutes; }
    public void setSamMinutes(BigDecimal v) { samMinutes = v; }
    public Integer getQuantity() { return quantity; }
    public void setQuantity(Integer v) { quantity = v; }
    public LocalDate getDueOn() { return dueOn; }
    public void setDueOn(LocalDate v) { dueOn = v; }
    public Integer getQualityLevel() { return qualityLevel; }
    public void setQualityLevel(Integer v) { qualityLevel = v; }
    public BigDecimal getTargetPriceYuan() { return targetPriceYuan; }
    public void setTargetPriceYuan(BigDecimal v) { targetPriceYuan = v; }
    public boolean isMaySplit() { return maySplit; }
    public void setMaySplit(boolean v) { maySplit = v; }
    public Integer getSmallestLot() { return smallestLot; }
    public void setSmallestLot(Integer v) { smallestLot = v; }
    public String getNote() { return note; }
    public void setNote(String v) { note = v; }
    public List<String> getProcesses() { return processes; }
    public void setProcesses(List<String> v) { processes = v == null ? new ArrayList<>() : v; }
    public String getPreferred() { return preferred; }
    public void setPreferred(String v) { preferred = v; }
    public String getBlocked() { return blocked; }
    public void setBlocked(String v) { blocked = v; }
    public int getVersion() { return version; }
    public void setVersion(int v) { version = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
}
