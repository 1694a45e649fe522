package io.zonebrain.platform.web;

import io.zonebrain.platform.Role;
import io.zonebrain.platform.UserFilter;

/**
 * Query parameters of the user list, bound from the URL so a filtered list can be bookmarked, paged and exported.
 * {@code role} also preselects the create form's role (the fashion pages link here with a role and a party's id).
 */
public class UserFilterParams {

    private String q;
    private Role role;
    private Long grid;
    private UserFilter.State state;
    private int page;

    UserFilter toFilter() {
        return new UserFilter(q, role, grid, state);
    }

    public String getQ() { return q; }
    public void setQ(String v) { q = v; }
    public Role getRole() { return role; }
    public void setRole(Role v) { role = v; }
    public Long getGrid() { return grid; }
    public void setGrid(Long v) { grid = v; }
    public UserFilter.State getState() { return state; }
    public void setState(UserFilter.State v) { state = v; }
    public int getPage() { return page; }
    public void setPage(int v) { page = v; }
}
