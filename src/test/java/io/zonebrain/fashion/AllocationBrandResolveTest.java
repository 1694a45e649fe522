package io.zonebrain.fashion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.zonebrain.platform.Dictionaries;
import io.zonebrain.platform.NotFoundException;
import io.zonebrain.platform.ValidationException;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A brand re-solves a version for its own orders only: its lots may move, every other brand's lot is kept exactly;
 * guard rails (time limit, one running round per brand, scope) on the service, the pages and the API.
 */
@ZonebrainTest
class AllocationBrandResolveTest {

    @Autowired FashionFixtures fixtures;
    @Autowired TestUsers users;
    @Autowired Dictionaries dictionaries;
    @Autowired Factories factories;
    @Autowired GarmentOrders orders;
    @Autowired AllocationRounds rounds;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService userDetails;

    AllocationWorld w;
    AllocationWorld.Buyer a;
    AllocationWorld.Buyer b;
    long parent;

    /** Two brands' orders placed by the operator's round on two small workshops of the town. */
    @BeforeEach
    void aVersionWithTwoBrands() {
        w = new AllocationWorld(fixtures, users, dictionaries, factories, orders, rounds);
        w.factory(20, "0.50");
        w.factory(22, "0.50");
        a = w.buyer();
        b = w.buyer();
        w.order(a, 1200, 400);
        w.order(b, 1200, 400);
        parent = w.round(1);
    }

    private RequestPostProcessor as(String user) {
        return SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername(user));
    }

    private List<AllocationVersionLot> lotsOf(long runId) {
        return users.as(w.operator, () -> rounds.lots(runId, null, null, null, null, null));
    }

    @Test
    void aBrandsReSolveMovesOnlyItsOwnLotsAndKeepsTheOthersExactly() {
        // a much cheaper factory opens after the version: both brands' lots would rather go there
        Factory cheap = w.factory(60, "0.05");
        List<AllocationVersionLot> before = lotsOf(parent);
        assertThat(before).extracting(AllocationVersionLot::brandId).contains(a.brand().id(), b.brand().id());
        UUID round = users.as(a.user(), () -> rounds.resolve(parent, 5));
        // the brand follows its own round; the other brand does not see it
        assertThat(users.as(a.user(), () -> rounds.progress(round)).forBrandId()).isEqualTo(a.brand().id());
        assertThatThrownBy(() -> users.as(b.user(), () -> rounds.progress(round)))
                .isInstanceOf(NotFoundException.class);
        long next = w.finished(a.user(), round);

        AllocationVersion v = users.as(w.operator, () -> rounds.version(next));
        assertThat(v.parentRunId()).isEqualTo(parent);
        assertThat(v.forBrandId()).isEqualTo(a.brand().id());
        assertThat(v.mode()).isEqualTo("RESOLVE");
        Map<String, AllocationVersionLot> after = lotsOf(next).stream()
                .collect(Collectors.toMap(AllocationVersionLot::lotKey, Function.identity()));
        assertThat(after.keySet()).containsExactlyInAnyOrderElementsOf(
                before.stream().map(AllocationVersionLot::lotKey).toList());
        for (AllocationVersionLot old : before) {
            AllocationVersionLot now = after.get(old.lotKey());
            if (old.brandId() == b.brand().id()) {
                assertThat(now.factoryId()).as("other brand's lot " + old.lotKey()).isEqualTo(old.factoryId());
                assertThat(now.quantity()).isEqualTo(old.quantity());
                assertThat(now.costYuan()).isEqualByComparingTo(old.costYuan());
                assertThat(now.loadMinutes()).isEqualTo(old.loadMinutes());
            }
        }
        assertThat(after.values()).filteredOn(l -> l.brandId() == a.brand().id())
                .as("the brand's own lots moved to the cheap factory")
                .anySatisfy(l -> assertThat(l.factoryId()).isEqualTo(cheap.id()));
        // the brand sees only its own lots of the new version
        assertThat(users.as(a.user(), () -> rounds.lots(next, null, null, null, null, null)))
                .isNotEmpty().allSatisfy(l -> assertThat(l.brandId()).isEqualTo(a.brand().id()));
    }

    @Test
    void guardRails() {
        AllocationWorld.Buyer stranger = w.buyer();
        assertThatThrownBy(() -> users.as(stranger.user(), () -> rounds.resolve(parent, 5)))
                .as("no lots of its own in the version").isInstanceOf(NotFoundException.class);
        Factory f = w.factory(20, "0.50");
        assertThatThrownBy(() -> users.as(fixtures.factoryUser(f.id()), () -> rounds.resolve(parent, 5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(users.officer(), () -> rounds.resolve(parent, 5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(a.user(), () -> rounds.resolve(parent, 31)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors()).extracting(er -> er.field())
                        .containsExactly("allocation.timeLimitSeconds"));

        // one running round per brand: a second start is refused with a clear message, other brands may start
        UUID first = users.as(a.user(), () -> rounds.resolve(parent, 30));
        assertThatThrownBy(() -> users.as(a.user(), () -> rounds.resolve(parent, 5)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors()).extracting(er -> er.messageCode())
                        .containsExactly("fashion.alloc.validation.brandRunning"));
        // the brand stops its own round; the other brand may not see or stop it
        assertThatThrownBy(() -> users.as(b.user(), () -> {
            rounds.stop(first);
            return null;
        })).isInstanceOf(NotFoundException.class);
        users.as(a.user(), () -> {
            rounds.stop(first);
            return null;
        });
        long stopped = w.finished(a.user(), first);
        assertThat(users.as(a.user(), () -> rounds.version(stopped)).stopped()).isTrue();
        // once it has ended the brand may start again
        long again = w.finished(a.user(), users.as(a.user(), () -> rounds.resolve(parent, 1)));
        assertThat(again).isGreaterThan(stopped);
    }

    @Test
    void pagesAndApiFollowTheScope() throws Exception {
        mvc.perform(get("/fashion/allocations/" + parent).with(as(a.user()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("resolve-mine")))
                .andExpect(content().string(not(containsString("accept-version"))));
        mvc.perform(get("/fashion/allocations/" + parent).with(as(w.operator))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("resolve-mine"))));
        mvc.perform(post("/api/v1/fashion/allocations/" + parent + "/resolve").param("seconds", "1"))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/fashion/allocations/" + parent + "/resolve").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).contains("login"));
        Factory f = w.factory(20, "0.50");
        mvc.perform(post("/api/v1/fashion/allocations/" + parent + "/resolve").param("seconds", "1")
                .with(as(fixtures.factoryUser(f.id())))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/fashion/allocations/" + parent + "/resolve").param("seconds", "1")
                .with(as(w.buyer().user()))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/fashion/allocations/" + parent + "/resolve").param("seconds", "60")
                .with(as(a.user()))).andExpect(status().isUnprocessableEntity());

        String body = mvc.perform(post("/api/v1/fashion/allocations/" + parent + "/resolve").param("seconds", "1")
                .with(as(a.user()))).andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        UUID round = UUID.fromString(body.replaceAll(".*\"roundId\":\"([0-9a-f-]+)\".*", "$1"));
        mvc.perform(get("/api/v1/fashion/allocations/rounds/" + round).with(as(a.user()))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/fashion/allocations/rounds/" + round).with(as(b.user())))
                .andExpect(status().isNotFound());
        long next = w.finished(a.user(), round);
        mvc.perform(get("/fashion/allocations/rounds/" + round).with(as(a.user()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("open-version")));
        mvc.perform(get("/fashion/allocations/rounds/" + round).with(as(b.user()))).andExpect(status().isNotFound());
        mvc.perform(get("/fashion/allocations/" + next).with(as(w.operator))).andExpect(status().isOk())
                .andExpect(content().string(containsString("for-brand")))
                .andExpect(content().string(containsString(a.brand().code())));
        // the version page's "re-solve my orders" form starts the brand's round and opens its progress page
        String location = mvc.perform(post("/fashion/allocations/" + parent + "/resolve").param("seconds", "1")
                .with(csrf()).with(as(a.user()))).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/fashion/allocations/rounds/");
        w.finished(a.user(), UUID.fromString(location.substring(location.lastIndexOf('/') + 1)));
        // the operator still accepts; the brand may not
        mvc.perform(post("/api/v1/fashion/allocations/" + next + "/accept").with(as(a.user())))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select for_brand_id from fashion_allocation_round where id = :r").param("r", round)
                .query(Long.class).single()).isEqualTo(a.brand().id());
    }
}
