package io.zonebrain.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.zonebrain.support.TestEnterprises;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** An enterprise sees only itself; a grid officer only their grid; by page and by API alike. */
@ZonebrainTest
class DataScopeTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired TestEnterprises enterprises;
    @Autowired EnterpriseRegistry registry;

    Enterprise a;
    Enterprise b;
    String userOfA;

    @BeforeEach
    void twoEnterprises() {
        a = enterprises.create("甲测试科技有限公司", users.gridId("G1"));
        b = enterprises.create("乙测试科技有限公司", users.gridId("G2"));
        userOfA = users.enterpriseUser(a.id());
    }

    @Autowired UserDetailsService userDetails;

    /** A signed-in session for pages (our real principal); HTTP Basic for the API. */
    private RequestPostProcessor as(String user) {
        return SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername(user));
    }

    private static RequestPostProcessor api(String user) {
        return httpBasic(user, TestUsers.PASSWORD);
    }

    @Test
    void enterpriseSeesItsOwnProfile() throws Exception {
        mvc.perform(get("/enterprises/" + a.id()).with(as(userOfA))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/enterprises/" + a.id()).with(api(userOfA))).andExpect(status().isOk())
                .andExpect(jsonPath("$.uscc").value(a.uscc()));
    }

    @Test
    void enterpriseCannotReadAnotherEnterprise() throws Exception {
        mvc.perform(get("/enterprises/" + b.id()).with(as(userOfA))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/enterprises/" + b.id()).with(api(userOfA))).andExpect(status().isNotFound());
    }

    @Test
    void enterpriseListShowsOnlyItself() throws Exception {
        mvc.perform(get("/api/v1/enterprises").param("size", "500").with(api(userOfA))).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(a.id()));
        mvc.perform(get("/enterprises").with(as(userOfA))).andExpect(status().isForbidden());
        mvc.perform(get("/enterprises/export.xlsx").with(as(userOfA))).andExpect(status().isForbidden());
    }

    @Test
    void enterpriseCannotChangeAnotherEnterprise() throws Exception {
        mvc.perform(put("/api/v1/enterprises/" + b.id()).with(api(userOfA)).header("If-Match", b.version())
                        .contentType("application/json").content("{\"uscc\":\"" + b.uscc() + "\",\"name\":\"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/enterprises/" + b.id() + "/contacts").with(as(userOfA)).with(csrf())
                        .param("version", String.valueOf(b.version())).param("contacts[0].name", "入侵者"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/enterprises/" + b.id()).with(as(userOfA)).with(csrf()).param("name", "改名"))
                .andExpect(status().isForbidden());
        Enterprise unchanged = users.as(users.admin(), () -> registry.get(b.id()));
        assertThat(unchanged.name()).isEqualTo(b.name());
        assertThat(unchanged.contacts()).isEqualTo(b.contacts());
        assertThat(unchanged.version()).isEqualTo(b.version());
    }

    @Test
    void enterpriseCannotEditItsOwnProfileButCanUpdateItsContacts() throws Exception {
        mvc.perform(put("/api/v1/enterprises/" + a.id()).with(api(userOfA)).header("If-Match", a.version())
                        .contentType("application/json").content("{\"uscc\":\"" + a.uscc() + "\",\"name\":\"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/enterprises/" + a.id() + "/contacts").with(as(userOfA)).with(csrf())
                        .param("version", String.valueOf(a.version()))
                        .param("contacts[0].name", "王新首席").param("contacts[0].phone", "0571-88888888")
                        .param("contacts[0].chiefDataOfficer", "true"))
                .andExpect(status().is3xxRedirection());
        Enterprise after = users.as(userOfA, () -> registry.get(a.id()));
        assertThat(after.contacts()).extracting(Contact::name).containsExactly("王新首席");
        assertThat(after.contacts().get(0).chiefDataOfficer()).isTrue();
    }

    @Test
    void enterpriseCannotCreateEnterprises() throws Exception {
        mvc.perform(post("/api/v1/enterprises").with(api(userOfA)).contentType("application/json")
                        .content("{\"uscc\":\"" + TestEnterprises.newUscc() + "\",\"name\":\"新公司\","
                                + "\"industryCode\":\"3411\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void gridOfficerSeesOnlyTheirGrid() throws Exception {
        String g1Officer = users.gridOfficer(users.gridId("G1"));
        mvc.perform(get("/api/v1/enterprises/" + a.id()).with(api(g1Officer))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/enterprises/" + b.id()).with(api(g1Officer))).andExpect(status().isNotFound());
        mvc.perform(get("/enterprises/" + b.id()).with(as(g1Officer))).andExpect(status().isNotFound());
        var list = users.as(g1Officer, () -> registry.list(EnterpriseFilter.all()));
        assertThat(list.items()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.gridId()).isEqualTo(users.gridId("G1")));
        assertThat(list.items()).extracting(EnterpriseSummary::id).contains(a.id()).doesNotContain(b.id());
    }

    @Test
    void gridOfficerCannotMoveAnEnterpriseIntoAnotherGrid() {
        String g1Officer = users.gridOfficer(users.gridId("G1"));
        var draft = a.toDraft();
        var moved = new EnterpriseDraft(draft.uscc(), draft.name(), draft.legalRepresentative(), draft.foundedOn(),
                draft.registeredCapitalYuan(), draft.address(), draft.parkCode(), users.gridId("G2"),
                draft.industryCode(), draft.clusterCode(), draft.aboveScale(), draft.ownLandMu(), draft.leasedAreaMu(),
                draft.tags(), draft.contacts());
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> users.as(g1Officer, () -> registry.update(a.id(), a.version(), moved, null)))
                .isInstanceOf(io.zonebrain.platform.ValidationException.class);
    }

    @Test
    void zoneOfficerSeesBoth() throws Exception {
        String officer = users.officer();
        mvc.perform(get("/api/v1/enterprises/" + a.id()).with(api(officer))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/enterprises/" + b.id()).with(api(officer))).andExpect(status().isOk());
        mvc.perform(get("/enterprises").param("q", "测试科技").with(as(officer))).andExpect(status().isOk());
    }

    @Test
    void onlyAdminsReachAdministration() throws Exception {
        mvc.perform(get("/admin/users").with(as(users.officer()))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").with(as(userOfA))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").with(as(users.admin()))).andExpect(status().isOk());
    }
}
