package io.zonebrain.fashion;

import io.zonebrain.enterprise.Uscc;
import io.zonebrain.platform.Role;
import io.zonebrain.platform.UserAccounts;
import io.zonebrain.support.TestUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * Builds fashion rows and logins for tests, each unique, through the real services (as a fresh operator). Every
 * test varies only what it is about.
 */
@Component
public class FashionFixtures {

    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 1_000_000_000L);
    private static final AtomicInteger SEQ = new AtomicInteger();

    private final UserAccounts accounts;
    private final TestUsers users;
    private final Factories factories;
    private final Brands brands;
    private final GarmentOrders orders;

    public FashionFixtures(UserAccounts accounts, TestUsers users, Factories factories, Brands brands,
                           GarmentOrders orders) {
        this.accounts = accounts;
        this.users = users;
        this.factories = factories;
        this.brands = brands;
        this.orders = orders;
    }

    /** A valid USCC of an individual business (92 = 个体工商户) in 临平. */
    public static String individualUscc() {
        String first17 = "92330113" + String.format("%09d", SERIAL.incrementAndGet() % 1_000_000_000L);
        return first17 + Uscc.checkCharacter(first17);
    }

    public static FactoryDraft draft(String name) {
        return new FactoryDraft(name, individualUscc(), "qiaosi", "临平区乔司测试路 8 号", "王测试", "13800000000", 20,
                480, new BigDecimal("0.65"), 2, 300, LocalDate.of(2024, 3, 1),
                List.of(new CategoryPrice("dress", new BigDecimal("0.62")),
                        new CategoryPrice("knitwear", new BigDecimal("0.55"))),
                List.of("cutting", "sewing", "finishing"));
    }

    public static OrderDraft orderDraft(String style, LocalDate due) {
        return new OrderDraft(null, null, style, "dress", new BigDecimal("30"), 2000, due, 2, new BigDecimal("22.50"),
                true, 500, null, List.of("cutting", "sewing", "finishing"), List.of(), List.of());
    }

    public Factories factoriesService() {
        return factories;
    }

    public String operator() {
        return login(Role.CLUSTER_OPERATOR, null, null);
    }

    public String factoryUser(long factoryId) {
        return login(Role.FACTORY, factoryId, null);
    }

    public String brandUser(long brandId) {
        return login(Role.BRAND, null, brandId);
    }

    public Factory factory(String name) {
        return users.as(operator(), () -> factories.create(draft(name), "test"));
    }

    public Brand brand(String name) {
        return users.as(operator(), () -> brands.create(new BrandDraft(name, "李买手", "0571-88880000",
                "buyer@example.com", "杭州"), "test"));
    }

    /** An order of the brand, posted by a login of that brand. */
    public GarmentOrder order(String brandUser, String style, LocalDate due) {
        return users.as(brandUser, () -> orders.create(orderDraft(style, due), "test"));
    }

    private String login(Role role, Long factoryId, Long brandId) {
        String username = "t-fashion-" + role.name().toLowerCase() + "-" + SEQ.incrementAndGet() + "-"
                + System.nanoTime() % 100000;
        accounts.create(new UserAccounts.NewAccount(username, "Test " + username, role, users.zoneId(), null, null,
                factoryId, brandId), TestUsers.PASSWORD);
        return username;
    }
}
