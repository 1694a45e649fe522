package io.zonebrain.fashion.web;

import io.zonebrain.fashion.FactoryFilter;
import java.math.BigDecimal;

/** Query parameters of the factory list, bound from the URL so a filtered list can be bookmarked and exported. */
public class FactoryFilterParams {

    private String q;
    private String town;
    private String category;
    private String process;
    private Integer quality;
    private String size;
    private BigDecimal minCapacity;
    private BigDecimal maxCapacity;
    private String sort;
    private boolean desc;
    private int page;

    FactoryFilter toFilter() {
        return new FactoryFilter(q, town, category, process, quality, size, minCapacity, maxCapacity, sort, desc,
                page, 20);
    }

    public String getQ() { return q; }
    public void setQ(String v) { q = v; }
    public String getTown() { return town; }
    public void setTown(String v) { town = v; }
    public String getCategory() { return category; }
    public void setCategory(String v) { category = v; }
    public String getProcess() { return process; }
    public void setProcess(String v) { process = v; }
    public Integer getQuality() { return quality; }
    public void setQuality(Integer v) { quality = v; }
    public String getSize() { return size; }
    public void setSize(String v) { size = v; }
    public BigDecimal getMinCapacity() { return minCapacity; }
    public void setMinCapacity(BigDecimal v) { minCapacity = v; }
    public BigDecimal getMaxCapacity() { return maxCapacity; }
    public void setMaxCapacity(BigDecimal v) { maxCapacity = v; }
    public String getSort() { return sort; }
    public void setSort(String v) { sort = v; }
    public boolean isDesc() { return desc; }
    public void setDesc(boolean v) { desc = v; }
    public int getPage() { return page; }
    public void setPage(int v) { page = v; }
}
