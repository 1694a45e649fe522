package io.zonebrain.platform;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** People who sign in. Passwords are only ever stored as hashes; generated ones are returned once. */
@Service
public class UserAccounts {

    private static final char[] PASSWORD_ALPHABET =
            "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;

    public UserAccounts(JdbcClient jdbc, PasswordEncoder encoder, AuditTrail audit) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.audit = audit;
    }

    public static String generatePassword() {
        char[] out = new char[16];
        for (int i = 0; i < out.length; i++) {
            out[i] = PASSWORD_ALPHABET[RANDOM.nextInt(PASSWORD_ALPHABET.length)];
        }
        return new String(out);
    }

    @Transactional
    public Account create(NewAccount account, String password) {
        List<FieldError> errors = validate(account, password);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id;
        try {
            id = insert(account, encoder.encode(password));
        } catch (DataIntegrityViolationException e) {
            // the fashion factory or brand is not one of this zone's (the composite foreign keys of V60)
            if (account.factoryId() != null) {
                throw new ValidationException(List.of(FieldError.of("factoryId", "user.factory.unknown",
                        account.factoryId())));
            }
            if (account.brandId() != null) {
                throw new ValidationException(List.of(FieldError.of("brandId", "user.brand.unknown",
                        account.brandId())));
            }
            throw e;
        }
        Account created = find(id).orElseThrow();
        audit.created("user", id, created, null);
        return created;
    }

    /**
     * Creates many accounts at once (an Excel import), each with its own password, in the caller's transaction: all
     * or none. The accounts were checked by the caller against {@link #rules} and the usernames on record; a username
     * taken meanwhile fails on the unique index and undoes everything. BCrypt is slow on purpose (tens of
     * milliseconds a hash), so the hashes are computed in parallel, a slice at a time, with {@code progress} told
     * (done, total) after each slice. One audit entry per account, as {@link #create} writes.
     */
    @Transactional
    public List<Account> createAll(List<NewAccount> accounts, List<String> passwords, String reason,
                                   BiConsumer<Integer, Integer> progress) {
        if (accounts.size() != passwords.size()) {
            throw new IllegalArgumentException("one password per account");
        }
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < accounts.size(); i++) {
            errors.addAll(rules(accounts.get(i)));
            if (passwords.get(i) == null || passwords.get(i).length() < 12) {
                errors.add(FieldError.of("password", "user.password.short", 12));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        List<Account> created = new ArrayList<>();
        for (int from = 0; from < accounts.size(); from += HASH_SLICE) {
            int to = Math.min(accounts.size(), from + HASH_SLICE);
            List<String> hashes = passwords.subList(from, to).parallelStream().map(encoder::encode).toList();
            for (int i = from; i < to; i++) {
                long id = insert(accounts.get(i), hashes.get(i - from));
                Account account = find(id).orElseThrow();
                audit.created("user", id, account, reason);
                created.add(account);
            }
            progress.accept(to, accounts.size());
        }
        return created;
    }

    private static final int HASH_SLICE = 64;

    private long insert(NewAccount account, String passwordHash) {
        return jdbc.sql("""
                insert into platform_user (username, display_name, password_hash, role, zone_id, grid_id,
                                           enterprise_id, factory_id, brand_id)
                values (:u, :d, :p, :r, :z, :g, :e, :f, :b) returning id
                """)
                .param("u", account.username()).param("d", account.displayName())
                .param("p", passwordHash).param("r", account.role().name())
                .param("z", account.zoneId()).param("g", account.gridId()).param("e", account.enterpriseId())
                .param("f", account.factoryId()).param("b", account.brandId())
                .query(Long.class).single();
    }

    private List<FieldError> validate(NewAccount a, String password) {
        List<FieldError> errors = new ArrayList<>(rules(a));
        if (a.username() != null && errors.stream().noneMatch(e -> e.field().equals("username"))
                && findByUsername(a.username()).isPresent()) {
            errors.add(FieldError.of("username", "user.username.taken", a.username()));
        }
        if (password == null || password.length() < 12) {
            errors.add(FieldError.of("password", "user.password.short", 12));
        }
        return errors;
    }

    /**
     * The rules of an account that need no database: the username's form, a display name, and the role's link (an
     * enterprise user has an enterprise, a factory login a factory, a brand login a brand, only officers a grid).
     * Whether the username is free and the grid or party is the zone's, the caller checks.
     */
    public static List<FieldError> rules(NewAccount a) {
        List<FieldError> errors = new ArrayList<>();
        if (a.username() == null || !a.username().matches("[A-Za-z0-9_.-]{3,80}")) {
            errors.add(FieldError.of("username", "user.username.invalid"));
        }
        if (a.displayName() == null || a.displayName().isBlank() || a.displayName().length() > 200) {
            errors.add(FieldError.of("displayName", "validation.required"));
        }
        if (a.role() == Role.ENTERPRISE && a.enterpriseId() == null) {
            errors.add(FieldError.of("enterpriseId", "user.enterprise.required"));
        }
        if (a.role() != Role.OFFICER && a.gridId() != null) {
            errors.add(FieldError.of("gridId", "user.grid.officersOnly"));
        }
        if ((a.role() == Role.FACTORY) != (a.factoryId() != null)) {
            errors.add(FieldError.of("factoryId", "user.factory.required"));
        }
        if ((a.role() == Role.BRAND) != (a.brandId() != null)) {
            errors.add(FieldError.of("brandId", "user.brand.required"));
        }
        return errors;
    }

    @Transactional
    public void changePassword(long userId, String newPassword) {
        if (newPassword == null || newPassword.length() < 12) {
            throw new ValidationException(List.of(FieldError.of("password", "user.password.short", 12)));
        }
        jdbc.sql("update platform_user set password_hash = :p, failed_logins = 0, locked_until = null, "
                        + "version = version + 1 where id = :id")
                .param("p", encoder.encode(newPassword)).param("id", userId).update();
        audit.record("user", userId, "PASSWORD", null, Map.of("passwordChanged", true), null);
    }

    @Transactional
    public void setEnabled(long userId, boolean enabled) {
        Account before = find(userId).orElseThrow(() -> new NotFoundException("user"));
        jdbc.sql("update platform_user set enabled = :e, failed_logins = 0, locked_until = null, "
                        + "version = version + 1 where id = :id")
                .param("e", enabled).param("id", userId).update();
        audit.changed("user", userId, before, find(userId).orElseThrow(), null);
    }

    public Optional<Account> find(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(Account.class).optional();
    }

    public Optional<Account> findByUsername(String username) {
        return jdbc.sql(SELECT + " where username = :u").param("u", username).query(Account.class).optional();
    }

    public List<Account> inZone(long zoneId) {
        return jdbc.sql(SELECT + " where zone_id = :z order by role, username").param("z", zoneId)
                .query(Account.class).list();
    }

    /** One page of the zone's accounts that match the filter, by role, then username. */
    public Paged<Account> list(long zoneId, UserFilter filter, int page, int size) {
        int safeSize = Math.max(1, Math.min(size, 500));
        int safePage = Math.max(0, page);
        long total = bind(jdbc.sql("select count(*) from platform_user" + WHERE), zoneId, filter)
                .query(Long.class).single();
        List<Account> items = bind(jdbc.sql(SELECT + WHERE + " order by role, username limit :l offset :o"),
                zoneId, filter).param("l", safeSize).param("o", (long) safePage * safeSize)
                .query(Account.class).list();
        return new Paged<>(items, total, safePage, safeSize);
    }

    /** Every account of the zone that matches the filter, in list order, one at a time (the Excel export). */
    public void forEach(long zoneId, UserFilter filter, Consumer<Account> sink) {
        try (Stream<Account> rows = bind(jdbc.sql(SELECT + WHERE + " order by role, username"), zoneId, filter)
                .query(Account.class).stream()) {
            rows.forEach(sink);
        }
    }

    /** The accounts with these usernames, in any zone (a username is unique across zones). */
    public Map<String, Account> findByUsernames(Collection<String> usernames) {
        Map<String, Account> found = new HashMap<>();
        if (usernames.isEmpty()) {
            return found;
        }
        jdbc.sql(SELECT + " where username = any(:u)").param("u", usernames.toArray(String[]::new))
                .query(Account.class).list().forEach(a -> found.put(a.username(), a));
        return found;
    }

    /**
     * What an import may change on an account: display name, grid and enabled. The row is updated only if it still
     * holds what the import read ({@code before}); otherwise someone changed it meanwhile and the import must not
     * overwrite that ({@link ConcurrentEditException}). Switching an account on or off clears a lock, as the
     * enable/disable buttons do.
     */
    @Transactional
    public Account changeDetails(Account before, String displayName, Long gridId, boolean enabled, String reason) {
        List<FieldError> errors = rules(new NewAccount(before.username(), displayName, before.role(), before.zoneId(),
                gridId, before.enterpriseId(), before.factoryId(), before.brandId()));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String unlock = enabled != before.enabled() ? ", failed_logins = 0, locked_until = null" : "";
        int updated = jdbc.sql("update platform_user set display_name = :d, grid_id = :g, enabled = :e, "
                        + "version = version + 1" + unlock + " where id = :id and display_name = :d0 "
                        + "and grid_id is not distinct from :g0 and enabled = :e0 and role = :r0")
                .param("d", displayName).param("g", gridId).param("e", enabled).param("id", before.id())
                .param("d0", before.displayName()).param("g0", before.gridId()).param("e0", before.enabled())
                .param("r0", before.role().name())
                .update();
        if (updated != 1) {
            throw new ConcurrentEditException("user", before.id());
        }
        Account after = find(before.id()).orElseThrow();
        audit.changed("user", before.id(), before, after, reason);
        return after;
    }

    private static final String WHERE = """
             where zone_id = :z
               and (cast(:q as text) is null or username ilike :q escape '\\' or display_name ilike :q escape '\\')
               and (cast(:r as text) is null or role = :r)
               and (cast(:g as bigint) is null or grid_id = :g)
               and (cast(:s as text) is null
                    or (:s = 'ENABLED' and enabled and (locked_until is null or locked_until <= now()))
                    or (:s = 'DISABLED' and not enabled)
                    or (:s = 'LOCKED' and locked_until > now()))
            """;

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, long zoneId, UserFilter f) {
        String like = f.text() == null ? null
                : "%" + f.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return sql.param("z", zoneId).param("q", like).param("r", f.role() == null ? null : f.role().name())
                .param("g", f.gridId()).param("s", f.state() == null ? null : f.state().name());
    }

    private static final String SELECT = "select id, username, display_name, role, zone_id, grid_id, enterprise_id, "
            + "factory_id, brand_id, enabled, locked_until is not null and locked_until > now() as locked "
            + "from platform_user";

    /** {@code factoryId} / {@code brandId}: the fashion factory or brand a FACTORY / BRAND login acts for. */
    public record NewAccount(String username, String displayName, Role role, long zoneId, Long gridId,
                             Long enterpriseId, Long factoryId, Long brandId) {

        public NewAccount(String username, String displayName, Role role, long zoneId, Long gridId,
                          Long enterpriseId) {
            this(username, displayName, role, zoneId, gridId, enterpriseId, null, null);
        }
    }

    public record Account(long id, String username, String displayName, Role role, long zoneId, Long gridId,
                          Long enterpriseId, Long factoryId, Long brandId, boolean enabled, boolean locked) {
    }
}
