package io.zonebrain.fashion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonebrain.platform.ConcurrentEditException;
import io.zonebrain.platform.Dictionaries;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.ValidationException;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Orders from posting to completion: validation, placeability, lots, milestones, the order's status, ratings. */
@ZonebrainTest
class OrderAndLotFlowTest {

    @Autowired
    GarmentOrders orders;
    @Autowired
    Lots lots;
    @Autowired
    FashionFixtures fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    Clock clock;
    @Autowired
    Dictionaries dictionaries;

    LocalDate inTwoMonths() {
        return LocalDate.now(clock).plusMonths(2);
    }

    @Test
    void badOrdersAreRefusedWithEveryProblemNamed() {
        Brand brand = fixtures.brand("测试品牌 校验");
        String buyer = fixtures.brandUser(brand.id());
        OrderDraft bad = new OrderDraft(null, null, "", "dress", new BigDecimal("-1"), 0, LocalDate.now(clock)
                .minusDays(1), 2, null, true, 500, null, List.of("sewing"), List.of("F99999X"), List.of());
        assertThatThrownBy(() -> users.as(buyer, () -> orders.create(bad, "t")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::messageCode)
                        .contains(org.assertj.core.groups.Tuple.tuple("order.style", "validation.required"),
                                org.assertj.core.groups.Tuple.tuple("order.samMinutes", "fashion.validation.positive"),
                                org.assertj.core.groups.Tuple.tuple("order.quantity", "fashion.validation.positive"),
                                org.assertj.core.groups.Tuple.tuple("order.dueOn", "fashion.validation.dueInPast"),
                                org.assertj.core.groups.Tuple.tuple("order.preferredFactories",
                                        "fashion.validation.factory.unknown")));
        OrderDraft tooSmall = FashionFixtures.orderDraft("测试款 小批", inTwoMonths());
        OrderDraft lotTooBig = new OrderDraft(null, null, tooSmall.style(), "dress", BigDecimal.TEN, 100,
                inTwoMonths(), 1, null, true, 500, null, List.of("sewing"), List.of(), List.of());
        assertThatThrownBy(() -> users.as(buyer, () -> orders.create(lotTooBig, "t")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::messageCode).containsExactly("fashion.validation.smallestLot"));
    }

    @Test
    void anOrderNoFactoryCanMakeIsPostedButFlaggedWithTheRuleThatStopsIt() {
        Brand brand = fixtures.brand("测试品牌 无人能做");
        String buyer = fixtures.brandUser(brand.id());
        // a category an admin just added to the dictionary: no factory makes it yet
        String category = "test_cat_" + System.nanoTime() % 1_000_000;
        dictionaries.put(users.zoneId(), new Dictionaries.Entry(FashionCodes.CATEGORY_KIND, category, "测试品类",
                "Test category", 999));
        OrderDraft d = new OrderDraft(null, null, "测试 新品类", category, new BigDecimal("15"), 1000,
                inTwoMonths(), 3, null, true, null, null, List.of("cutting", "sewing"), List.of(), List.of());
        GarmentOrder o = users.as(buyer, () -> orders.create(d, "t"));
        assertThat(o.status()).isEqualTo(OrderStatus.OPEN);
        assertThat(o.seasonCode()).isEqualTo(Season.of(d.dueOn()).code());
        Placeability p = users.as(buyer, () -> orders.placeability(o.id()));
        assertThat(p.placeable()).isFalse();
        assertThat(p.blockingRule()).isEqualTo("fashion.placeability.category");

        Factory plain = fixtures.factory("测试 普通连衣裙厂");
        GarmentOrder easy = fixtures.order(buyer, "测试 普通连衣裙", inTwoMonths());
        Placeability q = users.as(buyer, () -> orders.placeability(easy.id()));
        assertThat(q.placeable()).isTrue();
        assertThat(q.notBlocked()).isPositive();
        assertThat(plain.id()).isPositive();
    }

    @Test
    void aLotGoesFromProposalToShipmentAndTheOrderFollows() {
        Factory factory = fixtures.factory("测试 流程工厂");
        String worker = fixtures.factoryUser(factory.id());
        Brand brand = fixtures.brand("测试品牌 流程");
        String buyer = fixtures.brandUser(brand.id());
        GarmentOrder order = fixtures.order(buyer, "测试 流程款", inTwoMonths());
        String op = fixtures.operator();

        Lot first = users.as(op, () -> lots.propose(order.id(), factory.code(), 1500, null, null, null));
        assertThat(first.status()).isEqualTo(LotStatus.PROPOSED);
        assertThat(first.unitPriceYuan()).isEqualByComparingTo("18.60"); // 30 min × 0.62 yuan
        assertThat(users.as(buyer, () -> orders.get(order.id())).status()).isEqualTo(OrderStatus.OPEN);

        // the remainder may be below the smallest lot; more than what is left may not
        assertThatThrownBy(() -> users.as(op, () -> lots.propose(order.id(), factory.code(), 600, null, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::messageCode).containsExactly("fashion.validation.lot.tooMany"));
        Lot second = users.as(op, () -> lots.propose(order.id(), factory.code(), 500, null, null, null));
        assertThat(second.lotNo()).isEqualTo(2);
        assertThat(users.as(buyer, () -> orders.get(order.id())).status()).isEqualTo(OrderStatus.PLACED);

        Lot declined = users.as(worker, () -> lots.decline(second.id(), second.version(), "产能已满"));
        assertThat(declined.status()).isEqualTo(LotStatus.DECLINED);
        assertThat(users.as(buyer, () -> orders.get(order.id())).status()).isEqualTo(OrderStatus.OPEN);

        Lot confirmed = users.as(worker, () -> lots.confirm(first.id(), first.version()));
        assertThatThrownBy(() -> users.as(worker, () -> lots.confirm(first.id(), first.version())))
                .isInstanceOfAny(ConcurrentEditException.class, ValidationException.class);
        assertThat(confirmed.nextStep()).isEqualTo(MilestoneStep.FABRIC_RECEIVED);
        assertThatThrownBy(() -> users.as(worker, () -> lots.report(first.id(), MilestoneStep.CUT, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::messageCode).containsExactly("fashion.validation.milestone.notNext"));
        Lot started = users.as(worker, () -> lots.report(first.id(), MilestoneStep.FABRIC_RECEIVED, "面料已到"));
        assertThat(started.status()).isEqualTo(LotStatus.IN_PRODUCTION);
        assertThat(users.as(buyer, () -> orders.get(order.id())).status()).isEqualTo(OrderStatus.IN_PRODUCTION);
        // a double tap on the phone reports nothing twice
        assertThatThrownBy(() -> users.as(worker, () -> lots.report(first.id(), MilestoneStep.FABRIC_RECEIVED, null)))
                .isInstanceOf(ValidationException.class);
        for (MilestoneStep step : List.of(MilestoneStep.CUT, MilestoneStep.SEWN, MilestoneStep.FINISHED,
                MilestoneStep.INSPECTED)) {
            users.as(worker, () -> lots.report(first.id(), step, null));
        }
        assertThatThrownBy(() -> users.as(buyer, () -> lots.rate(first.id(), 5, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::messageCode).containsExactly("fashion.validation.rating.notShipped"));
        Lot shipped = users.as(worker, () -> lots.report(first.id(), MilestoneStep.SHIPPED, null));
        assertThat(shipped.status()).isEqualTo(LotStatus.SHIPPED);
        assertThat(shipped.shippedOn()).isEqualTo(LocalDate.now(clock));
        assertThat(shipped.onTime()).isTrue();
        assertThat(shipped.milestones()).extracting(Milestone::step).containsExactly(MilestoneStep.values());
        assertThat(shipped.nextStep()).isNull();
        // 1,500 of 2,000 shipped: the order waits for the rest
        assertThat(users.as(buyer, () -> orders.get(order.id())).status()).isEqualTo(OrderStatus.IN_PRODUCTION);

        Lot rated = users.as(buyer, () -> lots.rate(first.id(), 4, new BigDecimal("1.5"), "做工良好"));
        assertThat(rated.rating().score()).isEqualTo(4);
        assertThat(users.as(op, () -> lots.deliveryRecord(factory.id())).onTimePercent()).isEqualTo(100);
    }

    @Test
    void aFactoryThatCannotMakeTheOrderIsRefusedWithTheReasons() {
        FactoryDraft d = FashionFixtures.draft("测试 只做针织");
        FactoryDraft knitOnly = new FactoryDraft(d.name(), d.uscc(), d.townCode(), null, null, null, 10, 480,
                d.efficiency(), 1, 0, null, List.of(new CategoryPrice("knitwear", new BigDecimal("0.5"))),
                List.of("sewing"));
        String op = fixtures.operator();
        Factory knit = users.as(op, () -> fixtures.factoriesService().create(knitOnly, "t"));
        Brand brand = fixtures.brand("测试品牌 不匹配");
        GarmentOrder order = fixtures.order(fixtures.brandUser(brand.id()), "测试 不匹配", inTwoMonths());
        assertThatThrownBy(() -> users.as(op, () -> lots.propose(order.id(), knit.code(), 2000, null, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::messageCode)
                        .containsExactlyInAnyOrder("fashion.validation.lot.category",
                                "fashion.validation.lot.processes", "fashion.validation.lot.quality"));
    }

    @Test
    void anOrderIsLockedOnceItHasLotsButItsPreferencesStillChange() {
        Factory factory = fixtures.factory("测试 锁定工厂");
        Brand brand = fixtures.brand("测试品牌 锁定");
        String buyer = fixtures.brandUser(brand.id());
        GarmentOrder order = fixtures.order(buyer, "测试 锁定款", inTwoMonths());
        users.as(fixtures.operator(), () -> lots.propose(order.id(), factory.code(), 2000, null, null, null));
        GarmentOrder placed = users.as(buyer, () -> orders.get(order.id()));
        assertThatThrownBy(() -> users.as(buyer, () -> orders.update(order.id(), placed.version(),
                placed.toDraft(), "t")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::messageCode).containsExactly("fashion.validation.order.locked"));
        GarmentOrder preferred = users.as(buyer, () -> orders.updatePreferences(order.id(), placed.version(),
                List.of(factory.code().toLowerCase()), List.of(), "t"));
        assertThat(preferred.preferred()).extracting(FactoryRef::code).containsExactly(factory.code());
        assertThatThrownBy(() -> users.as(buyer, () -> orders.updatePreferences(order.id(), placed.version(),
                List.of(), List.of(factory.code()), "t")))
                .isInstanceOf(ConcurrentEditException.class);
        GarmentOrder cancelled = users.as(buyer, () -> orders.cancel(order.id(), preferred.version(), "不做了"));
        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(users.as(buyer, () -> orders.lotsOf(order.id()))).extracting(Lot::status)
                .containsOnly(LotStatus.DECLINED);
    }
}
