package io.zonebrain.land.web;

import io.zonebrain.land.ParcelFilter;
import java.math.BigDecimal;

/** Query parameters of the parcel list, bound from the URL so a filtered list can be bookmarked and exported. */
public class ParcelFilterParams {

    private String q;
    private String owner;
    private String lessee;
    private String landUse;
    private Boolean hasLessees;
    private BigDecimal minArea;
    private BigDecimal maxArea;
    private String sort;
    private boolean desc;
    private int page;
    private int size = 20;

    ParcelFilter toFilter() {
        return new ParcelFilter(q, owner, lessee, landUse, hasLessees, minArea, maxArea, sort, desc, page, size);
    }

    public String getQ() { return q; }
    public void setQ(String v) { q = v; }
    public String getOwner() { return owner; }
    public void setOwner(String v) { owner = v; }
    public String getLessee() { return lessee; }
    public void setLessee(String v) { lessee = v; }
    public String getLandUse() { return landUse; }
    public void setLandUse(String v) { landUse = v; }
    public Boolean getHasLessees() { return hasLessees; }
    public void setHasLessees(Boolean v) { hasLessees = v; }
    public BigDecimal getMinArea() { return minArea; }
    public void setMinArea(BigDecimal v) { minArea = v; }
    public BigDecimal getMaxArea() { return maxArea; }
    public void setMaxArea(BigDecimal v) { maxArea = v; }
    public String getSort() { return sort; }
    public void setSort(String v) { sort = v; }
    public boolean isDesc() { return desc; }
    public void setDesc(boolean v) { desc = v; }
    public int getPage() { return page; }
    public void setPage(int v) { page = v; }
    public int getSize() { return size; }
    public void setSize(int v) { size = v; }
}
