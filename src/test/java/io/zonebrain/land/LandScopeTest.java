package io.zonebrain.land;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.zonebrain.enterprise.Enterprise;
import io.zonebrain.platform.NotFoundException;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who sees which parcel. P is owned by A (grid G1) and leased to B (G2) and C (G3); Q is owned by D (G4). Zone
 * officials see both; a grid officer the parcels whose owner or a lessee is in the grid; A sees P with all its
 * tenants; B sees of P only its code, location, area and its own lease; D sees Q only. Enterprises change nothing.
 */
@ZonebrainTest
class LandScopeTest {

    @Autowired TestLand land;
    @Autowired Parcels parcels;
    @Autowired Leases leases;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService userDetails;

    String prefix;
    Enterprise a;
    Enterprise b;
    Enterprise c;
    Enterprise d;
    Parcel p;
    Parcel q;

    @BeforeEach
    void parcels() {
        prefix = TestLand.code("SC");
        a = land.enterprise("范围测试甲权利人有限公司", land.users.gridId("G1"));
        b = land.enterprise("范围测试乙承租有限公司", land.users.gridId("G2"));
        c = land.enterprise("范围测试丙承租有限公司", land.users.gridId("G3"));
        d = land.enterprise("范围测试丁权利人有限公司", land.users.gridId("G4"));
        p = land.parcel(prefix + "-P", a, "80");
        land.lease(p, b, "20", LocalDate.of(2020, 1, 1), null);
        land.lease(p, c, "15", LocalDate.of(2021, 1, 1), null);
        q = land.parcel(prefix + "-Q", d, "12");
    }

    private ParcelFilter mine() {
        return new ParcelFilter(prefix, null, null, null, null, null, null, null, false, 0, 50);
    }

    private RequestPostProcessor as(String user) {
        return SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername(user));
    }

    @Test
    void zoneOfficialsSeeBothAndGridOfficersWhatTouchesTheirGrid() {
        assertThat(land.users.as(land.users.officer(), () -> parcels.list(mine())).items())
                .extracting(ParcelSummary::parcelCode).containsExactly(prefix + "-P", prefix + "-Q");
        String g3 = land.users.gridOfficer(land.users.gridId("G3"));
        assertThat(land.users.as(g3, () -> parcels.list(mine())).items()).extracting(ParcelSummary::parcelCode)
                .containsExactly(prefix + "-P");
        assertThat(land.users.as(g3, () -> parcels.get(p.id())).leases()).hasSize(2);
        assertThatThrownBy(() -> land.users.as(g3, () -> parcels.get(q.id()))).isInstanceOf(NotFoundException.class);
        String g4 = land.users.gridOfficer(land.users.gridId("G4"));
        assertThat(land.users.as(g4, () -> parcels.list(mine())).items()).extracting(ParcelSummary::parcelCode)
                .containsExactly(prefix + "-Q");
        assertThatThrownBy(() -> land.users.as(g4, () -> leases.add(p.id(),
                TestLand.lease(d, "1", LocalDate.of(2024, 1, 1), null), "outside"))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theOwnerSeesItsParcelWithAllItsTenants() {
        String owner = land.users.enterpriseUser(a.id());
        Parcel seen = land.users.as(owner, () -> parcels.get(p.id()));
        assertThat(seen.limited()).isFalse();
        assertThat(seen.parcelName()).isNotNull();
        assertThat(seen.leases()).extracting(l -> l.lessee().id()).containsExactlyInAnyOrder(b.id(), c.id());
        assertThat(land.users.as(owner, () -> parcels.list(mine())).items()).singleElement()
                .satisfies(s -> assertThat(s.lessees()).isEqualTo(2));
        assertThatThrownBy(() -> land.users.as(owner, () -> parcels.get(q.id()))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aTenantSeesTheParcelsBasicsAndItsOwnLeaseNothingElse() {
        String tenant = land.users.enterpriseUser(b.id());
        Parcel seen = land.users.as(tenant, () -> parcels.get(p.id()));
        assertThat(seen.limited()).isTrue();
        assertThat(seen.parcelCode()).isEqualTo(prefix + "-P");
        assertThat(seen.parcelAreaMu()).isEqualByComparingTo("80");
        assertThat(seen.parcelLocation()).isNotNull();
        assertThat(seen.parcelName()).isNull();
        assertThat(seen.owner()).isNull();
        assertThat(seen.landUse()).isNull();
        assertThat(seen.leases()).extracting(l -> l.lessee().id()).containsExactly(b.id());
        ParcelSummary row = land.users.as(tenant, () -> parcels.list(mine())).items().get(0);
        assertThat(row.limited()).isTrue();
        assertThat(row.owner()).isNull();
        assertThat(row.lessees()).isEqualTo(1);
        assertThat(row.leasedMu()).isEqualByComparingTo("20");
        // filters cannot be used to probe the other tenant or the owner
        assertThat(land.users.as(tenant, () -> parcels.list(new ParcelFilter(prefix, null, "范围测试丙", null, null,
                null, null, null, false, 0, 50))).total()).isZero();
        assertThat(land.users.as(tenant, () -> parcels.list(new ParcelFilter(prefix, "范围测试甲", null, null, null,
                null, null, null, false, 0, 50))).total()).isZero();
        assertThat(land.users.as(tenant, () -> parcels.list(new ParcelFilter(prefix, null, "范围测试乙", null, null,
                null, null, null, false, 0, 50))).total()).isEqualTo(1);
        MyLand my = land.users.as(tenant, parcels::mine);
        assertThat(my.owned()).isEmpty();
        assertThat(my.leased()).singleElement().satisfies(x -> assertThat(x.parcelCode()).isEqualTo(prefix + "-P"));
        assertThatThrownBy(() -> land.users.as(tenant, () -> parcels.get(q.id()))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void enterprisesChangeNothingNotEvenTheirOwnParcels() {
        String owner = land.users.enterpriseUser(a.id());
        assertThatThrownBy(() -> land.users.as(owner, () -> parcels.update(p.id(), p.version(),
                TestLand.draft(p.parcelCode(), a, "81"), "mine"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> land.users.as(owner, () -> parcels.create(
                TestLand.draft(TestLand.code("SC"), a, "1"), "mine"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> land.users.as(owner, () -> leases.add(p.id(),
                TestLand.lease(d, "1", LocalDate.of(2024, 1, 1), null), "mine"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void pagesAnswerByRoleAndScope() throws Exception {
        mvc.perform(get("/land/parcels")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        for (String path : new String[] {"/land/parcels/" + p.id(), "/land/mine", "/land/import",
                "/land/parcels/export.xlsx", "/land/parcels/new"}) {
            mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        }
        String tenant = land.users.enterpriseUser(b.id());
        mvc.perform(get("/land/parcels").with(as(tenant))).andExpect(status().isForbidden());
        mvc.perform(get("/land/parcels/export.xlsx").with(as(tenant))).andExpect(status().isForbidden());
        mvc.perform(get("/land/import").with(as(tenant))).andExpect(status().isForbidden());
        mvc.perform(get("/land/parcels/" + q.id()).with(as(tenant))).andExpect(status().isNotFound());
        mvc.perform(get("/land/parcels/new").with(as(tenant))).andExpect(status().isForbidden());
        mvc.perform(get("/land/parcels/" + p.id() + "/edit").with(as(tenant))).andExpect(status().isForbidden());
        mvc.perform(get("/land/parcels/" + p.id()).with(as(tenant))).andExpect(status().isOk())
                .andExpect(content().string(containsString(prefix + "-P")))
                .andExpect(content().string(containsString("范围测试乙承租有限公司")))
                .andExpect(content().string(not(containsString("范围测试丙承租有限公司"))))
                .andExpect(content().string(not(containsString("范围测试甲权利人有限公司"))))
                .andExpect(content().string(not(containsString("area-split-chart"))));
        mvc.perform(post("/land/parcels/" + p.id() + "/leases").with(as(tenant)).with(csrf())
                .param("lesseeUscc", b.uscc()).param("landShareMu", "1").param("leaseFrom", "2024-01-01"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/land/mine").with(as(tenant))).andExpect(status().isOk())
                .andExpect(content().string(containsString(prefix + "-P")));
        String owner = land.users.enterpriseUser(a.id());
        mvc.perform(get("/land/parcels/" + p.id()).with(as(owner))).andExpect(status().isOk())
                .andExpect(content().string(containsString("范围测试丙承租有限公司")))
                .andExpect(content().string(not(containsString("edit-parcel"))));
        mvc.perform(get("/land/mine").with(as(land.users.officer()))).andExpect(status().is3xxRedirection());
    }

    @Test
    void theApiAnswersByRoleAndScope() throws Exception {
        mvc.perform(get("/api/v1/land/parcels")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/land/parcels/" + p.id())).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/land/parcels").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
        String tenant = land.users.enterpriseUser(b.id());
        mvc.perform(get("/api/v1/land/parcels/" + q.id()).with(httpBasic(tenant, TestUsers.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/land/parcels/" + p.id() + "/leases").with(httpBasic(tenant, TestUsers.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].lessee.uscc").value(b.uscc()));
        mvc.perform(put("/api/v1/land/parcels/" + p.id()).with(httpBasic(tenant, TestUsers.PASSWORD))
                        .header("If-Match", "0").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parcelCode\":\"" + p.parcelCode() + "\",\"landUse\":\"industrial\","
                                + "\"parcelAreaMu\":90}"))
                .andExpect(status().isForbidden());
    }
}
