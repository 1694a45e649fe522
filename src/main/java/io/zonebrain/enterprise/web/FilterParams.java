package io.zonebrain.enterprise.web;

import io.zonebrain.enterprise.EnterpriseFilter;

/** Query parameters of the registry list, bound from the URL so a filtered list can be bookmarked and exported. */
public class FilterParams {

    private String q;
    private String cluster;
    private String industry;
    private String park;
    private Long grid;
    private String tag;
    private Boolean aboveScale;
    private String sort;
    private boolean desc;
    private int page;
    private int size = 20;

    EnterpriseFilter toFilter() {
        return new EnterpriseFilter(q, cluster, industry, park, grid, tag, aboveScale, sort, desc, page, size);
    }

    public String getQ() { return q; }
    public void setQ(String v) { q = v; }
    public String getCluster() { return cluster; }
    public void setCluster(String v) { cluster = v; }
    public String getIndustry() { return industry; }
    public void setIndustry(String v) { industry = v; }
    public String getPark() { return park; }
    public void setPark(String v) { park = v; }
    public Long getGrid() { return grid; }
    public void setGrid(Long v) { grid = v; }
    public String getTag() { return tag; }
    public void setTag(String v) { tag = v; }
    public Boolean getAboveScale() { return aboveScale; }
    public void setAboveScale(Boolean v) { aboveScale = v; }
    public String getSort() { return sort; }
    public void setSort(String v) { sort = v; }
    public boolean isDesc() { return desc; }
    public void setDesc(boolean v) { desc = v; }
    public int getPage() { return page; }
    public void setPage(int v) { page = v; }
    public int getSize() { return size; }
    public void setSize(int v) { size = v; }
}
