package io.zonebrain.fashion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonebrain.enterprise.EnterpriseRegistry;
import io.zonebrain.platform.NotFoundException;
import io.zonebrain.support.TestEnterprises;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who sees what in the cluster, at the service level: a brand only its orders and their lots, a factory only its
 * profile and lots, officers everything read-only, an enterprise user nothing. (The pages and API: FashionWebTest.)
 */
@ZonebrainTest
class FashionScopeTest {

    @Autowired
    Factories factories;
    @Autowired
    GarmentOrders orders;
    @Autowired
    Lots lots;
    @Autowired
    Brands brands;
    @Autowired
    EnterpriseRegistry registry;
    @Autowired
    FashionFixtures fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    TestEnterprises enterprises;
    @Autowired
    Clock clock;

    Factory factoryA;
    Factory factoryB;
    String userA;
    String userB;
    Brand brandA;
    Brand brandB;
    String buyerA;
    String buyerB;
    GarmentOrder orderA;
    GarmentOrder orderB;
    Lot lotA;
    Lot lotB;

    @BeforeEach
    void twoOfEach() {
        factoryA = fixtures.factory("测试 范围工厂A");
        factoryB = fixtures.factory("测试 范围工厂B");
        userA = fixtures.factoryUser(factoryA.id());
        userB = fixtures.factoryUser(factoryB.id());
        brandA = fixtures.brand("测试 范围品牌A");
        brandB = fixtures.brand("测试 范围品牌B");
        buyerA = fixtures.brandUser(brandA.id());
        buyerB = fixtures.brandUser(brandB.id());
        LocalDate due = LocalDate.now(clock).plusMonths(3);
        orderA = fixtures.order(buyerA, "测试 范围款A", due);
        orderB = fixtures.order(buyerB, "测试 范围款B", due);
        String op = fixtures.operator();
        lotA = users.as(op, () -> lots.propose(orderA.id(), factoryA.code(), 2000, null, null, null));
        lotB = users.as(op, () -> lots.propose(orderB.id(), factoryB.code(), 2000, null, null, null));
    }

    @Test
    void brandACannotReadBrandBsOrderNorItsLots() {
        assertThat(users.as(buyerA, () -> orders.get(orderA.id())).id()).isEqualTo(orderA.id());
        assertThatThrownBy(() -> users.as(buyerA, () -> orders.get(orderB.id()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.as(buyerA, () -> lots.get(lotB.id()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.as(buyerA, () -> brands.get(brandB.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(users.as(buyerA, () -> orders.list(OrderFilter.all().withPage(0, 5000))).items())
                .extracting(OrderSummary::brandCode).containsOnly(brandA.code());
        assertThat(users.as(buyerA, () -> lots.list(new LotFilter(null, null, null, null, 0, 5000))).items())
                .extracting(LotSummary::id).contains(lotA.id()).doesNotContain(lotB.id());
        assertThatThrownBy(() -> users.as(buyerA, () -> orders.cancel(orderB.id(), orderB.version(), "x")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.as(buyerA, () -> factories.get(factoryA.id())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void factoryACannotReadFactoryBsLotsNorChangeItsProfile() {
        assertThat(users.as(userA, () -> lots.get(lotA.id())).id()).isEqualTo(lotA.id());
        assertThatThrownBy(() -> users.as(userA, () -> lots.get(lotB.id()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.as(userA, () -> lots.confirm(lotB.id(), lotB.version())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.as(userA, () -> factories.get(factoryB.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.as(userA, () -> factories.update(factoryB.id(), factoryB.version(),
                factoryB.toDraft(), "x"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.as(userA, () -> factories.addClosure(factoryB.id(), LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 1, 2), "x"))).isInstanceOf(NotFoundException.class);
        assertThat(users.as(userA, () -> lots.list(new LotFilter(null, null, null, null, 0, 5000))).items())
                .extracting(LotSummary::factoryId).containsOnly(factoryA.id());
        assertThatThrownBy(() -> users.as(userA, () -> orders.get(orderA.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.as(userA, () -> factories.list(FactoryFilter.all())))
                .isInstanceOf(NotFoundException.class);
        assertThat(users.as(userB, () -> factories.get(factoryB.id())).workers()).isEqualTo(factoryB.workers());
    }

    @Test
    void officersSeeTheWholeGroupButChangeNothing() {
        String officer = users.officer();
        assertThat(users.as(officer, () -> factories.get(factoryB.id())).id()).isEqualTo(factoryB.id());
        assertThat(users.as(officer, () -> orders.get(orderA.id())).id()).isEqualTo(orderA.id());
        assertThat(users.as(officer, () -> lots.get(lotB.id())).id()).isEqualTo(lotB.id());
        assertThatThrownBy(() -> users.as(officer, () -> factories.update(factoryB.id(), factoryB.version(),
                factoryB.toDraft(), "x"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(officer, () -> lots.confirm(lotB.id(), lotB.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(officer, () -> factories.create(FashionFixtures.draft("x"), "x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(officer, () -> orders.create(FashionFixtures.orderDraft("x",
                LocalDate.now(clock).plusMonths(2)), "x"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anEnterpriseUserOfTheZoneSeesNothingOfFashion() {
        String enterprise = users.enterpriseUser(enterprises.create("测试 时尚范围企业", null).id());
        assertThatThrownBy(() -> users.as(enterprise, () -> factories.get(factoryA.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.as(enterprise, () -> orders.list(OrderFilter.all())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.as(enterprise, () -> lots.list(LotFilter.all())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.as(enterprise, () -> orders.create(FashionFixtures.orderDraft("x",
                LocalDate.now(clock).plusMonths(2)), "x"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void fashionLoginsSeeNothingOfTheEnterpriseRegistry() {
        for (String fashionUser : new String[] {userA, buyerA, fixtures.operator()}) {
            assertThat(users.as(fashionUser, () -> registry.list(new io.zonebrain.enterprise.EnterpriseFilter(null,
                    null, null, null, null, null, null, null, false, 0, 20))).total()).isZero();
        }
    }
}
