package io.zonebrain.fashion;

import static org.assertj.core.api.Assertions.assertThat;
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

import io.zonebrain.platform.UserAccounts;
import io.zonebrain.support.TestEnterprises;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The fashion pages and API as people and systems use them, and the scope boundaries over HTTP. */
@ZonebrainTest
class FashionWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    TestEnterprises enterprises;
    @Autowired
    FashionFixtures fixtures;
    @Autowired
    Lots lots;
    @Autowired
    Factories factories;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Clock clock;

    Factory factoryA;
    Factory factoryB;
    String userA;
    String buyerA;
    String buyerB;
    GarmentOrder orderA;
    GarmentOrder orderB;
    Lot lotA;
    Lot lotB;
    String operator;

    RequestPostProcessor as(String user) {
        return SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername(user));
    }

    @BeforeEach
    void setUp() {
        factoryA = fixtures.factory("测试网页工厂A");
        factoryB = fixtures.factory("测试网页工厂B");
        userA = fixtures.factoryUser(factoryA.id());
        Brand a = fixtures.brand("测试网页品牌A");
        Brand b = fixtures.brand("测试网页品牌B");
        buyerA = fixtures.brandUser(a.id());
        buyerB = fixtures.brandUser(b.id());
        LocalDate due = LocalDate.now(clock).plusMonths(3);
        orderA = fixtures.order(buyerA, "测试网页款A", due);
        orderB = fixtures.order(buyerB, "测试网页款B", due);
        operator = fixtures.operator();
        lotA = users.as(operator, () -> lots.propose(orderA.id(), factoryA.code(), 2000, null, null, null));
        lotB = users.as(operator, () -> lots.propose(orderB.id(), factoryB.code(), 2000, null, null, null));
    }

    @Test
    void pagesOutsideTheCallersScopeAnswer404() throws Exception {
        mvc.perform(get("/fashion/orders/" + orderB.id()).with(as(buyerA))).andExpect(status().isNotFound());
        mvc.perform(get("/fashion/orders/" + orderA.id()).with(as(buyerA))).andExpect(status().isOk())
                .andExpect(content().string(containsString("测试网页款A")));
        mvc.perform(get("/fashion/lots/" + lotB.id()).with(as(userA))).andExpect(status().isNotFound());
        mvc.perform(get("/fashion/factories/" + factoryB.id()).with(as(userA))).andExpect(status().isNotFound());
        mvc.perform(get("/fashion/factories").with(as(userA))).andExpect(status().isNotFound());
        mvc.perform(get("/fashion").with(as(buyerA))).andExpect(status().isNotFound());
        mvc.perform(get("/fashion/orders").with(as(buyerA))).andExpect(status().isOk())
                .andExpect(content().string(containsString(orderA.code())))
                .andExpect(content().string(not(containsString(orderB.code()))));
    }

    @Test
    void changesOutsideTheCallersScopeAreRefused() throws Exception {
        mvc.perform(post("/fashion/factories/" + factoryB.id()).with(as(userA)).with(csrf())
                        .param("name", "被改名").param("version", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/fashion/lots/" + lotB.id() + "/confirm").with(as(userA)).with(csrf())
                .param("version", String.valueOf(lotB.version()))).andExpect(status().isNotFound());
        assertThat(users.as(operator, () -> factories.get(factoryB.id())).name()).isEqualTo("测试网页工厂B");
        String officer = users.officer();
        mvc.perform(post("/fashion/lots/" + lotB.id() + "/confirm").with(as(officer)).with(csrf())
                .param("version", String.valueOf(lotB.version()))).andExpect(status().isForbidden());
    }

    @Test
    void anEnterpriseUserSeesNothingOfFashion() throws Exception {
        String enterprise = users.enterpriseUser(enterprises.create("测试 网页时尚企业", null).id());
        for (String path : new String[] {"/fashion", "/fashion/factories", "/fashion/orders", "/fashion/lots",
                "/fashion/orders/" + orderA.id(), "/fashion/lots/" + lotA.id(), "/fashion/factories/" + factoryA.id(),
                "/fashion/data"}) {
            mvc.perform(get(path).with(as(enterprise))).andExpect(status().isNotFound());
        }
        mvc.perform(post("/fashion/orders").with(as(enterprise)).with(csrf()).param("style", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/fashion/orders").with(httpBasic(enterprise, TestUsers.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/fashion/orders").with(httpBasic(enterprise, TestUsers.PASSWORD))
                .contentType("application/json").content("{}")).andExpect(status().isForbidden());
    }

    @Test
    void anonymousCallersAreSentToLoginOrGet401() throws Exception {
        mvc.perform(get("/fashion")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/fashion/lots/" + lotA.id())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/fashion/lots")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/fashion/lots/" + lotA.id() + "/milestones").contentType("application/json")
                .content("{\"step\":\"FABRIC_RECEIVED\"}")).andExpect(status().isUnauthorized());
    }

    @Test
    void theApiFollowsTheSameScopeAndLocksEdits() throws Exception {
        mvc.perform(get("/api/v1/fashion/orders/" + orderB.id()).with(httpBasic(buyerA, TestUsers.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/fashion/lots/" + lotB.id()).with(httpBasic(userA, TestUsers.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/fashion/lots").with(httpBasic(userA, TestUsers.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].factoryId").value(factoryA.id()));
        // a phone app confirms and reports milestones
        mvc.perform(post("/api/v1/fashion/lots/" + lotA.id() + "/confirm").header("If-Match", lotA.version())
                        .with(httpBasic(userA, TestUsers.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CONFIRMED"));
        mvc.perform(post("/api/v1/fashion/lots/" + lotA.id() + "/milestones").contentType("application/json")
                        .content("{\"step\":\"CUT\"}").with(httpBasic(userA, TestUsers.PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("lot.step"));
        mvc.perform(post("/api/v1/fashion/lots/" + lotA.id() + "/milestones").contentType("application/json")
                        .content("{\"step\":\"FABRIC_RECEIVED\",\"note\":\"到料\"}")
                        .with(httpBasic(userA, TestUsers.PASSWORD)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("IN_PRODUCTION"));
        // a stale If-Match is a conflict, not a lost update
        String body = "{\"name\":\"测试网页工厂A\",\"townCode\":\"qiaosi\",\"workers\":30,\"minutesPerDay\":480,"
                + "\"efficiency\":0.7,\"qualityLevel\":2,\"categories\":[{\"category\":\"dress\",\"yuanPerMinute\":0.6}],"
                + "\"processes\":[\"sewing\"]}";
        mvc.perform(put("/api/v1/fashion/factories/" + factoryA.id()).header("If-Match", factoryA.version())
                        .contentType("application/json").content(body).with(httpBasic(userA, TestUsers.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.workers").value(30));
        mvc.perform(put("/api/v1/fashion/factories/" + factoryA.id()).header("If-Match", factoryA.version())
                        .contentType("application/json").content(body).with(httpBasic(userA, TestUsers.PASSWORD)))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/fashion/factories/" + factoryB.id()).header("If-Match", factoryB.version())
                        .contentType("application/json").content(body).with(httpBasic(userA, TestUsers.PASSWORD)))
                .andExpect(status().isNotFound());
        // validation names every field, in English when asked
        mvc.perform(post("/api/v1/fashion/orders").header("Accept-Language", "en").contentType("application/json")
                        .content("{\"style\":\"x\",\"categoryCode\":\"dress\",\"samMinutes\":0,\"quantity\":-5,"
                                + "\"dueOn\":\"2020-01-01\",\"qualityLevel\":2,\"processes\":[\"sewing\"]}")
                        .with(httpBasic(buyerA, TestUsers.PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Due date")))
                .andExpect(content().string(containsString("Quantity (pieces)")));
    }

    @Test
    void theOperatorAndOfficialsReadEveryPage() throws Exception {
        String officer = users.officer();
        for (String who : new String[] {operator, officer}) {
            for (String path : new String[] {"/fashion", "/fashion/factories", "/fashion/factories?town=qiaosi&sort=capacity&desc=true",
                    "/fashion/orders", "/fashion/lots", "/fashion/brands", "/fashion/orders/" + orderA.id(),
                    "/fashion/lots/" + lotA.id(), "/fashion/factories/" + factoryA.id(), "/fashion/data"}) {
                mvc.perform(get(path).with(as(who))).andExpect(status().isOk());
            }
        }
        mvc.perform(get("/fashion").param("lang", "en").with(as(operator))).andExpect(status().isOk())
                .andExpect(content().string(containsString("virtual group")));
        mvc.perform(get("/fashion/factories/new").with(as(officer))).andExpect(status().isForbidden());
        mvc.perform(get("/fashion/factories/export.xlsx").param("q", "测试网页工厂").with(as(officer)))
                .andExpect(status().isOk());
        mvc.perform(get("/fashion/orders/export.xlsx").with(as(buyerA))).andExpect(status().isOk());
        mvc.perform(get("/v3/api-docs").with(as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/fashion/lots/{id}/milestones")))
                .andExpect(content().string(containsString("/api/v1/fashion/factories/{id}/closures")));
    }

    @Test
    void aFactoryWorksItsLotFromAPhone() throws Exception {
        mvc.perform(get("/fashion/lots/" + lotA.id()).with(as(userA))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"confirm-lot\"")));
        mvc.perform(post("/fashion/lots/" + lotA.id() + "/confirm").with(as(userA)).with(csrf())
                .param("version", String.valueOf(lotA.version()))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/fashion/lots/" + lotA.id()).with(as(userA))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"report-next\"")))
                .andExpect(content().string(containsString("面料到厂")));
        mvc.perform(post("/fashion/lots/" + lotA.id() + "/milestones").with(as(userA)).with(csrf())
                .param("step", "FABRIC_RECEIVED")).andExpect(status().is3xxRedirection());
        assertThat(users.as(userA, () -> lots.get(lotA.id())).status()).isEqualTo(LotStatus.IN_PRODUCTION);
        mvc.perform(get("/fashion/my-factory").with(as(userA))).andExpect(redirectedUrl("/fashion/factories/"
                + factoryA.id()));
        mvc.perform(get("/").with(as(userA))).andExpect(redirectedUrl("/fashion/lots"));
        mvc.perform(post("/fashion/factories/" + factoryA.id() + "/closures").with(as(userA)).with(csrf())
                .param("from", "2027-02-01").param("to", "2027-02-20").param("reason", "春节"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/fashion/factories/" + factoryA.id() + "/closures").with(as(userA)).with(csrf())
                .param("from", "2027-02-10").param("to", "2027-02-25"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attributeExists("closureErrors"));
    }

    @Test
    void aBrandPostsAnOrderFromTheFormAndSeesItFlaggedWhenNobodyCanMakeIt() throws Exception {
        String due = LocalDate.now(clock).plusMonths(2).toString();
        var result = mvc.perform(post("/fashion/orders").with(as(buyerA)).with(csrf()).param("style", "测试网页新款")
                        .param("categoryCode", "dress").param("samMinutes", "30").param("quantity", "1000")
                        .param("dueOn", due).param("qualityLevel", "3").param("maySplit", "true")
                        .param("processes", "cutting", "sewing", "embroidery", "printing", "washing", "finishing"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(as(buyerA))).andExpect(status().isOk())
                .andExpect(content().string(containsString("测试网页新款")));
        mvc.perform(post("/fashion/orders").with(as(buyerA)).with(csrf()).param("style", "")
                        .param("categoryCode", "dress").param("samMinutes", "-1").param("quantity", "0")
                        .param("dueOn", "2020-01-01").param("qualityLevel", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("form-errors")))
                .andExpect(content().string(containsString("交货日期 2020-01-01 已过")));
    }

    @Test
    void adminsCreateFactoryAndBrandLoginsOnTheUsersPage() throws Exception {
        String admin = users.admin();
        String name = "t-web-factory-" + System.nanoTime() % 100000;
        mvc.perform(post("/admin/users").with(as(admin)).with(csrf()).param("username", name)
                        .param("displayName", "测试工厂账号").param("role", "FACTORY")
                        .param("factoryCode", factoryA.code()))
                .andExpect(status().is3xxRedirection());
        assertThat(accounts.findByUsername(name).orElseThrow().factoryId()).isEqualTo(factoryA.id());
        mvc.perform(post("/admin/users").with(as(admin)).with(csrf()).param("username", name + "x")
                        .param("displayName", "测试工厂账号").param("role", "FACTORY"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("工厂账号必须")));
        mvc.perform(post("/admin/users").with(as(admin)).with(csrf()).param("username", name + "y")
                        .param("displayName", "测试品牌账号").param("role", "BRAND").param("brandCode", "B-NOPE"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("本区没有编码为 B-NOPE 的品牌")))
                .andExpect(content().string(containsString("value=\"B-NOPE\"")));
        assertThat(accounts.findByUsername(name + "y")).isEmpty();
        // the factory page's link fills the form with the factory's code; the list names the factory by its code
        mvc.perform(get("/admin/users").param("role", "FACTORY").param("factoryId", String.valueOf(factoryA.id()))
                .with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"factoryCode\" maxlength=\"40\" value=\"" + factoryA.code() + "\"")));
        mvc.perform(get("/admin/users").param("q", name).with(as(admin)))
                .andExpect(content().string(containsString("工厂 " + factoryA.code())));
    }
}
