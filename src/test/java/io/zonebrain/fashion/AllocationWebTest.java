package io.zonebrain.fashion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.zonebrain.platform.Dictionaries;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The allocation pages and API: who may see and do what, the explanation fragment, Excel, the brand's answer. */
@ZonebrainTest
class AllocationWebTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService userDetails;
    @Autowired FashionFixtures fixtures;
    @Autowired TestUsers users;
    @Autowired Dictionaries dictionaries;
    @Autowired Factories factories;
    @Autowired GarmentOrders orders;
    @Autowired AllocationRounds rounds;
    @Autowired JdbcClient jdbc;

    String operator;
    String buyer;
    String otherBuyer;
    String factoryUser;
    String town;
    Factory factory;
    GarmentOrder order;
    long runId;

    private RequestPostProcessor as(String user) {
        return SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername(user));
    }

    @BeforeEach
    void oneVersion() throws InterruptedException {
        operator = fixtures.operator();
        town = "t-allocweb-" + System.nanoTime() % 1_000_000;
        dictionaries.put(users.zoneId(), new Dictionaries.Entry("fashion_town", town, "测试镇", "Test town", 99));
        for (int i = 0; i < 2; i++) {
            FactoryDraft d = new FactoryDraft("分配页面测试工厂" + i + town, FashionFixtures.individualUscc(), town,
                    "临平区测试路 2 号", "王测试", "13800000000", 20, 480, new BigDecimal("0.65"), 2, 0,
                    LocalDate.of(2024, 3, 1), List.of(new CategoryPrice("dress", new BigDecimal("0.5"))),
                    List.of("cutting", "sewing"));
            Factory f = users.as(operator, () -> factories.create(d, "test"));
            if (i == 0) {
                factory = f;
            }
        }
        Brand brand = fixtures.brand("分配页面测试品牌");
        buyer = fixtures.brandUser(brand.id());
        otherBuyer = fixtures.brandUser(fixtures.brand("分配页面其他品牌").id());
        factoryUser = fixtures.factoryUser(factory.id());
        OrderDraft d = new OrderDraft(null, null, "页面测试款", "dress", new BigDecimal("30"), 2400,
                LocalDate.of(2027, 9, 30), 2, new BigDecimal("20"), true, 400, null, List.of("cutting", "sewing"),
                List.of(), List.of());
        order = users.as(buyer, () -> orders.create(d, "test"));
        UUID round = users.as(operator, () -> rounds.start(new AllocationRequest("2027AW", null, town,
                brand.code(), 1)));
        AllocationProgress p;
        do {
            Thread.sleep(50);
            p = users.as(operator, () -> rounds.progress(round));
        } while (p.running());
        runId = p.runId();
    }

    @Test
    void pagesAndApiFollowTheScope() throws Exception {
        mvc.perform(get("/fashion/allocations/" + runId)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/fashion/allocations/" + runId)).andExpect(status().isUnauthorized());
        String enterprise = users.enterpriseUser(jdbc.sql("select min(id) from enterprise").query(Long.class)
                .single());
        mvc.perform(get("/fashion/allocations/" + runId).with(as(enterprise))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/fashion/allocations/" + runId + "/lots").with(as(enterprise)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/fashion/allocations/" + runId).with(as(otherBuyer))).andExpect(status().isNotFound());
        mvc.perform(get("/fashion/allocations/" + runId).with(as(buyer))).andExpect(status().isOk())
                .andExpect(content().string(containsString(order.code())));
        mvc.perform(get("/fashion/allocations/" + runId).with(as(users.officer()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("lot-counts")))
                .andExpect(content().string(not(containsString("accept-version"))));
        mvc.perform(post("/fashion/allocations/" + runId + "/accept").with(csrf()).with(as(users.officer())))
                .andExpect(status().isForbidden());
        // a factory sees its lots on the version page, named by order code but not linked to order pages it may not open
        mvc.perform(get("/fashion/allocations/" + runId).with(as(factoryUser))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("href=\"/fashion/orders/"))));
        mvc.perform(get("/api/v1/fashion/allocations/" + runId + "/lots").with(as(factoryUser)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].factoryId", org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.is((int) factory.id()))));
        mvc.perform(get("/fashion/allocations").with(as(operator))).andExpect(status().isOk())
                .andExpect(content().string(containsString("start-round")));
        mvc.perform(get("/fashion/allocations/export.xlsx").with(as(operator))).andExpect(status().isOk());
        // the version's rule totals name the rules in the page's language, not the engine's English names
        mvc.perform(get("/fashion/allocations/" + runId).with(as(operator))).andExpect(status().isOk())
                .andExpect(content().string(containsString("成本（加工费加运输）")))
                .andExpect(content().string(containsString("硬规则")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(">Capacity up to each due week<"))))
                // each rule says how it counts, with the weights the round used, and soft totals read as yuan
                .andExpect(content().string(containsString("订单每多分给一家工厂计 500 元")))
                .andExpect(content().string(containsString("每标准分钟奖励 0.0125 元")))
                .andExpect(content().string(containsString("折合（元）")));
        mvc.perform(get("/fashion/allocations/" + runId).param("lang", "en").with(as(operator)))
                .andExpect(content().string(containsString("Cost (price plus transport)")))
                .andExpect(content().string(containsString("500 yuan per extra factory an order is spread over")));
        mvc.perform(get("/fashion/allocations/" + runId + "/lots.xlsx").with(as(buyer))).andExpect(status().isOk());
        mvc.perform(get("/v3/api-docs").with(as(operator))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/fashion/allocations/{id}/accept")));
    }

    @Test
    void explanationFragmentAndTheBrandsAnswer() throws Exception {
        AllocationVersionLot lot = users.as(operator, () -> rounds.lots(runId, null, null, null, null, true)).get(0);
        mvc.perform(get("/fashion/allocations/" + runId + "/lots/" + lot.lotKey() + "/why").with(as(buyer)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(lot.factoryCode())));
        mvc.perform(get("/fashion/allocations/" + runId + "/lots/" + lot.lotKey() + "/why").with(as(otherBuyer)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/fashion/allocations/" + runId + "/accept").with(csrf()).with(as(operator)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/fashion/orders/" + order.id()).with(as(buyer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("allocation-proposals")));
        mvc.perform(post("/fashion/allocations/" + runId + "/answer").param("orderId", String.valueOf(order.id()))
                .param("accept", "false").with(csrf()).with(as(otherBuyer))).andExpect(status().isNotFound());
        mvc.perform(post("/fashion/allocations/" + runId + "/answer").param("orderId", String.valueOf(order.id()))
                .param("accept", "false").with(csrf()).with(as(buyer))).andExpect(status().is3xxRedirection());
        assertThat(users.as(buyer, () -> orders.lotsOf(order.id()))).isNotEmpty()
                .allSatisfy(l -> assertThat(l.status()).isEqualTo(LotStatus.DECLINED));
        assertThat(users.as(buyer, () -> orders.get(order.id())).status()).isEqualTo(OrderStatus.OPEN);
    }

    @Test
    void theRoundPageShowsProgressToTheOperatorOnly() throws Exception {
        String round = jdbc.sql("select round_id::text from fashion_allocation_run where id = :r").param("r", runId)
                .query(String.class).single();
        mvc.perform(get("/fashion/allocations/rounds/" + round).with(as(operator))).andExpect(status().isOk())
                .andExpect(content().string(containsString("open-version")));
        mvc.perform(get("/fashion/allocations/rounds/" + round + "/points").with(as(operator)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.running").value(false));
        mvc.perform(get("/fashion/allocations/rounds/" + round).with(as(buyer))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/fashion/allocations/rounds").contentType("application/json")
                .content("{\"season\":\"bad\"}").with(as(operator))).andExpect(status().isUnprocessableEntity());
        mvc.perform(post("/api/v1/fashion/allocations/rounds").contentType("application/json")
                .content("{\"season\":\"2027AW\",\"town\":\"" + town + "\",\"timeLimitSeconds\":1}")
                .with(as(users.officer()))).andExpect(status().isForbidden());
    }
}
