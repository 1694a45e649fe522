package io.zonebrain.fashion.web;

import io.zonebrain.fashion.OrderFilter;
import io.zonebrain.fashion.OrderStatus;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Query parameters of the order list. */
public class OrderFilterParams {

    private String q;
    private String brand;
    private String season;
    private String category;
    private OrderStatus status;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueFrom;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueTo;
    private String sort;
    private boolean desc;
    private int page;

    OrderFilter toFilter() {
        return new OrderFilter(q, brand, season, category, status, dueFrom, dueTo, sort, desc, page, 20);
    }

    public String getQ() { return q; }
    public void setQ(String v) { q = v; }
    public String getBrand() { return brand; }
    public void setBrand(String v) { brand = v; }
    public String getSeason() { return season; }
    public void setSeason(String v) { season = v; }
    public String getCategory() { return category; }
    public void setCategory(String v) { category = v; }
    public OrderStatus getStatus() { return status; }
    public void setStatus(OrderStatus v) { status = v; }
    public LocalDate getDueFrom() { return dueFrom; }
    public void setDueFrom(LocalDate v) { dueFrom = v; }
    public LocalDate getDueTo() { return dueTo; }
    public void setDueTo(LocalDate v) { dueTo = v; }
    public String getSort() { return sort; }
    public void setSort(String v) { sort = v; }
    public boolean isDesc() { return desc; }
    public void setDesc(boolean v) { desc = v; }
    public int getPage() { return page; }
    public void setPage(int v) { page = v; }
}
