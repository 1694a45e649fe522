package io.zonebrain.fashion.web;

import io.zonebrain.fashion.CategoryPrice;
import io.zonebrain.fashion.Factory;
import io.zonebrain.fashion.FactoryDraft;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;

/** The factory form as the browser posts it: categories ticked, a price box per category, processes ticked. */
public class FactoryForm {

    private String name;
    private String uscc;
    private String townCode;
    private String address;
    private String contactName;
    private String contactPhone;
    private Integer workers;
    private Integer minutesPerDay = 480;
    private BigDecimal efficiency = new BigDecimal("0.65");
    private Integer qualityLevel = 1;
    private Integer minOrderPieces = 0;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate joinedOn;
    private List<String> categories = new ArrayList<>();
    private Map<String, BigDecimal> prices = new LinkedHashMap<>();
    private List<String> processes = new ArrayList<>();
    private int version;
    private String reason;

    static FactoryForm of(Factory f) {
        FactoryForm form = new FactoryForm();
        form.name = f.name();
        form.uscc = f.uscc();
        form.townCode = f.townCode();
        form.address = f.address();
        form.contactName = f.contactName();
        form.contactPhone = f.contactPhone();
        form.workers = f.workers();
        form.minutesPerDay = f.minutesPerDay();
        form.efficiency = f.efficiency();
        form.qualityLevel = f.qualityLevel();
        form.minOrderPieces = f.minOrderPieces();
        form.joinedOn = f.joinedOn();
        for (CategoryPrice c : f.categories()) {
            form.categories.add(c.category());
            form.prices.put(c.category(), c.yuanPerMinute());
        }
        form.processes = new ArrayList<>(f.processes());
        form.version = f.version();
        return form;
    }

    FactoryDraft toDraft() {
        List<CategoryPrice> chosen = categories.stream().map(c -> new CategoryPrice(c, prices.get(c))).toList();
        return new FactoryDraft(name, uscc, townCode, address, contactName, contactPhone, workers, minutesPerDay,
                efficiency, qualityLevel, minOrderPieces, joinedOn, chosen, processes);
    }

    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getUscc() { return uscc; }
    public void setUscc(String v) { uscc = v; }
    public String getTownCode() { return townCode; }
    public void setTownCode(String v) { townCode = v; }
    public String getAddress() { return address; }
    public void setAddress(String v) { address = v; }
    public String getContactName() { return contactName; }
    public void setContactName(String v) { contactName = v; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String v) { contactPhone = v; }
    public Integer getWorkers() { return workers; }
    public void setWorkers(Integer v) { workers = v; }
    public Integer getMinutesPerDay() { return minutesPerDay; }
    public void setMinutesPerDay(Integer v) { minutesPerDay = v; }
    public BigDecimal getEfficiency() { return efficiency; }
    public void setEfficiency(BigDecimal v) { efficiency = v; }
    public Integer getQualityLevel() { return qualityLevel; }
    public void setQualityLevel(Integer v) { qualityLevel = v; }
    public Integer getMinOrderPieces() { return minOrderPieces; }
    public void setMinOrderPieces(Integer v) { minOrderPieces = v; }
    public LocalDate getJoinedOn() { return joinedOn; }
    public void setJoinedOn(LocalDate v) { joinedOn = v; }
    public List<String> getCategories() { return categories; }
    public void setCategories(List<String> v) { categories = v == null ? new ArrayList<>() : v; }
    public Map<String, BigDecimal> getPrices() { return prices; }
    public void setPrices(Map<String, BigDecimal> v) { prices = v == null ? new LinkedHashMap<>() : v; }
    public List<String> getProcesses() { return processes; }
    public void setProcesses(List<String> v) { processes = v == null ? new ArrayList<>() : v; }
    public int getVersion() { return version; }
    public void setVersion(int v) { version = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
}
