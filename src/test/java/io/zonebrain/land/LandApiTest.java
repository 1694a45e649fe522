package io.zonebrain.land;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import io.zonebrain.enterprise.Enterprise;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** /api/v1/land/parcels: list, get with ETag, create, If-Match updates (409 on a stale version), leases. */
@ZonebrainTest
class LandApiTest {

    @Autowired TestLand land;
    @Autowired MockMvc mvc;

    private RequestPostProcessor basic(String user) {
        return httpBasic(user, TestUsers.PASSWORD);
    }

    private static String parcelJson(String code, Enterprise owner, String area) {
        return "{\"parcelCode\":\"" + code + "\",\"parcelName\":\"接口测试宗地\",\"parcelLocation\":\"临平区接口路\","
                + "\"landUse\":\"industrial\",\"parcelAreaMu\":" + area + ",\"ownerUscc\":\"" + owner.uscc() + "\"}";
    }

    @Test
    void parcelsAreCreatedReadAndChangedWithOptimisticLocking() throws Exception {
        Enterprise owner = land.enterprise("接口测试甲权利人有限公司", null);
        String officer = land.users.officer();
        String code = TestLand.code("API");
        String body = mvc.perform(post("/api/v1/land/parcels").with(basic(officer))
                        .header("X-Change-Reason", "api").contentType(MediaType.APPLICATION_JSON)
                        .content(parcelJson(code, owner, "42.5")))
                .andExpect(status().isCreated()).andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.owner.uscc").value(owner.uscc()))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+),.*$", "$1"));
        mvc.perform(get("/api/v1/land/parcels/" + id).with(basic(officer)))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.parcelAreaMu").value(42.5));
        mvc.perform(put("/api/v1/land/parcels/" + id).with(basic(officer)).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(parcelJson(code, owner, "43")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/v1/land/parcels/" + id).with(basic(officer)).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(parcelJson(code, owner, "44")))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/land/parcels").with(basic(officer)).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parcelCode\":\"" + code + "\",\"landUse\":\"farm\",\"parcelAreaMu\":-1}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("parcelCode", "landUse",
                        "parcelAreaMu")))
                .andExpect(jsonPath("$.errors[*].message", Matchers.hasItem("Parcel area (mu): Must be more than 0")));
        mvc.perform(get("/api/v1/land/parcels").param("q", code).param("owner", "接口测试甲").with(basic(officer)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].parcelCode").value(code));
    }

    @Test
    void leasesAreASubResource() throws Exception {
        Enterprise owner = land.enterprise("接口测试乙权利人有限公司", null);
        Enterprise tenant = land.enterprise("接口测试乙承租有限公司", null);
        Parcel p = land.parcel(TestLand.code("API"), owner, "30");
        String officer = land.users.officer();
        String lease = "{\"lesseeUscc\":\"" + tenant.uscc() + "\",\"landShareMu\":10,\"leaseFloorAreaM2\":2000,"
                + "\"leaseFrom\":\"2023-01-01\"}";
        String created = mvc.perform(post("/api/v1/land/parcels/" + p.id() + "/leases").with(basic(officer))
                        .contentType(MediaType.APPLICATION_JSON).content(lease))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.lessee.uscc").value(tenant.uscc()))
                .andReturn().getResponse().getContentAsString();
        long leaseId = Long.parseLong(created.replaceAll("^\\{\"id\":(\\d+),.*$", "$1"));
        mvc.perform(post("/api/v1/land/parcels/" + p.id() + "/leases").with(basic(officer))
                        .contentType(MediaType.APPLICATION_JSON).content(lease.replace(":10,", ":25,")
                                .replace("2023-01-01", "2023-02-01")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("landShareMu"));
        mvc.perform(put("/api/v1/land/parcels/" + p.id() + "/leases/" + leaseId).with(basic(officer))
                        .header("If-Match", "0").contentType(MediaType.APPLICATION_JSON)
                        .content(lease.replace(":10,", ":12,")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.landShareMu").value(12));
        mvc.perform(post("/api/v1/land/parcels/" + p.id() + "/leases/" + leaseId + "/end").with(basic(officer))
                        .header("If-Match", "0").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"lastDay\":\"2024-12-31\"}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/land/parcels/" + p.id() + "/leases/" + leaseId + "/end").with(basic(officer))
                        .header("If-Match", "1").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"lastDay\":\"2024-12-31\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.leaseTo").value("2024-12-31"));
        mvc.perform(get("/api/v1/land/parcels/" + p.id() + "/leases").with(basic(officer)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1));
        mvc.perform(get("/api/v1/land/parcels/" + (p.id() + 1_000_000)).with(basic(officer)))
                .andExpect(status().isNotFound());
    }

    @Test
    void openApiDescribesTheLandApi() throws Exception {
        var session = (MockHttpSession) mvc.perform(formLogin("/login").user("admin").password("test-admin-password-1"))
                .andReturn().getRequest().getSession();
        mvc.perform(get("/v3/api-docs").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/api/v1/land/parcels/{id}/leases/{leaseId}/end")))
                .andExpect(content().string(Matchers.containsString("ParcelDraft")));
    }
}
