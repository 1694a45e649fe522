package io.zonebrain.platform;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
            id = jdbc.sql("""
                    insert into platform_user (username, display_name, password_hash, role, zone_id, grid_id,
                                               enterprise_id, factory_id, brand_id)
                    values (:u, :d, :p, :r, :z, :g, :e, :f, :b) returning id
                    """)
                    .param("u", account.username()).param("d", account.displayName())
                    .param("p", encoder.encode(password)).param("r", account.role().name())
                    .param("z", account.zoneId()).param("g", account.gridId()).param("e", account.enterpriseId())
                    .param("f", account.factoryId()).param("b", account.brandId())
                    .query(Long.class).single();
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

    private List<FieldError> validate(NewAccount a, String password) {
        List<FieldError> errors = new ArrayList<>();
        if (a.username() == null || !a.username().matches("[A-Za-z0-9_.-]{3,80}")) {
            errors.add(FieldError.of("username", "user.username.invalid"));
        } else if (findByUsername(a.username()).isPresent()) {
            errors.add(FieldError.of("username", "user.username.taken", a.username()));
        }
        if (a.displayName() == null || a.displayName().isBlank() || a.displayName().length() > 200) {
            errors.add(FieldError.of("displayName", "validation.required"));
        }
        if (password == null || password.length() < 12) {
            errors.add(FieldError.of("password", "user.password.short", 12));
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
