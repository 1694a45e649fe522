package io.zonebrain.platform.internal.users;

import io.zonebrain.platform.AccountLinkDirectory.LinkKind;
import io.zonebrain.platform.CurrentUser;
import io.zonebrain.platform.ExcelSheetReader;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.Role;
import io.zonebrain.platform.UserAccounts;
import io.zonebrain.platform.UserAccounts.Account;
import io.zonebrain.platform.UserAccounts.NewAccount;
import io.zonebrain.platform.Zones;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Checks a whole uploaded user list without writing anything. A username not on record is a new account, checked by
 * the same rules as the form ({@link UserAccounts#rules}); a username of this zone is an existing account whose
 * display name, grid and enabled may change, but not its role or the party it acts for; a username of another zone
 * is "taken" and nothing more is said about it. Parties are named by code and looked up in this zone only. Runs
 * before the preview and again inside the applying transaction.
 */
@Component
class UserFileCheck {

    private static final int PROGRESS_EVERY = 500;

    private final UserAccounts accounts;
    private final Zones zones;
    private final AccountLinks links;
    private final MessageSource messages;
    private final ExcelSheetReader.Limits limits;

    UserFileCheck(UserAccounts accounts, Zones zones, AccountLinks links, MessageSource messages,
                  UserImportSettings settings) {
        this.accounts = accounts;
        this.zones = zones;
        this.links = links;
        this.messages = messages;
        this.limits = settings.limits();
    }

    CheckedUserFile check(byte[] file, CurrentUser caller, BiConsumer<Integer, Integer> progress) {
        UserRowReading reading = new UserRowReading(roleSpellings(), zones.grids(caller.zoneId()));
        List<ImportedUser> rows = new ArrayList<>();
        int[] expected = {0};
        ExcelSheetReader.Result read = ExcelSheetReader.read(file, UserColumn.excelColumns(), limits, r -> {
            rows.add(reading.read(r));
            if (rows.size() % PROGRESS_EVERY == 0) {
                progress.accept(rows.size(), Math.max(expected[0], rows.size()));
            }
        }, n -> expected[0] = n);
        if (!read.ok()) {
            return CheckedUserFile.rejected(read.problems(), read.dataRows());
        }
        Map<String, Account> onRecord = accounts.findByUsernames(rows.stream().map(ImportedUser::username)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<LinkKind, Map<String, Long>> ids = new EnumMap<>(LinkKind.class);
        for (LinkKind kind : LinkKind.values()) {
            Set<String> codes = new HashSet<>();
            rows.forEach(r -> codes.add(r.code(UserColumn.of(kind))));
            codes.remove(null);
            ids.put(kind, links.ids(caller.zoneId(), kind, codes));
        }
        markRepeated(rows);
        List<PlannedAccount> planned = new ArrayList<>();
        for (ImportedUser r : rows) {
            PlannedAccount p = check(r, r.username() == null ? null : onRecord.get(r.username()), ids, caller);
            if (r.errors().isEmpty() && p != null) {
                planned.add(p);
            }
        }
        List<FieldError> errors = rows.stream().flatMap(r -> r.errors().stream()).toList();
        int invalid = (int) rows.stream().filter(r -> !r.errors().isEmpty()).count();
        progress.accept(rows.size(), rows.size());
        return new CheckedUserFile(List.of(), rows.size(), errors, planned, invalid);
    }

    private PlannedAccount check(ImportedUser r, Account before, Map<LinkKind, Map<String, Long>> ids,
                                 CurrentUser caller) {
        if (before != null && before.zoneId() != caller.zoneId()) {
            r.error(UserColumn.USERNAME, "user.username.taken", r.username());
            return null;
        }
        Map<LinkKind, Long> linked = new EnumMap<>(LinkKind.class);
        if (r.role() != null) {
            LinkKind own = LinkKind.of(r.role()).orElse(null);
            for (LinkKind kind : LinkKind.values()) {
                UserColumn column = UserColumn.of(kind);
                String code = r.code(column);
                if (kind != own) {
                    if (code != null) {
                        r.error(column, "users.import.linkNotForRole");
                    }
                } else if (code == null) {
                    r.error(column, requiredKey(kind));
                } else if (ids.get(kind).containsKey(code)) {
                    linked.put(kind, ids.get(kind).get(code));
                } else {
                    r.error(column, unknownKey(kind), code);
                }
            }
        }
        NewAccount values = new NewAccount(r.username(), r.displayName(), r.role(), caller.zoneId(),
                r.grid() == null ? null : r.grid().id(), linked.get(LinkKind.ENTERPRISE),
                linked.get(LinkKind.FACTORY), linked.get(LinkKind.BRAND));
        for (FieldError e : UserAccounts.rules(values)) {
            UserColumn column = UserColumn.of(e.field());
            boolean judged = r.role() != null || column == UserColumn.USERNAME || column == UserColumn.DISPLAY_NAME;
            boolean existingName = before != null && column == UserColumn.USERNAME;
            if (column != null && judged && !existingName && !r.hasError(column)) {
                r.error(column, e.messageCode(), e.args().toArray());
            }
        }
        if (before == null) {
            return new PlannedAccount(r.row(), PlannedAccount.Change.NEW, values,
                    r.enabled() == null || r.enabled(), null);
        }
        return existing(r, before, values, caller);
    }

    /** An account of this zone: its role and party stay; display name, grid and enabled may change. */
    private static PlannedAccount existing(ImportedUser r, Account before, NewAccount values, CurrentUser caller) {
        if (r.role() != null && r.role() != before.role()) {
            r.error(UserColumn.ROLE, "users.import.roleOrLinkFixed");
        } else if (r.role() != null) {
            for (LinkKind kind : LinkKind.values()) {
                UserColumn column = UserColumn.of(kind);
                if (!r.hasError(column) && !Objects.equals(linkOf(values, kind), linkOf(before, kind))) {
                    r.error(column, "users.import.roleOrLinkFixed");
                }
            }
        }
        boolean enabled = r.enabled() == null ? before.enabled() : r.enabled();
        if (!enabled && before.enabled() && before.id() == caller.userId()) {
            r.error(UserColumn.ENABLED, "users.import.notYourself");
        }
        boolean same = Objects.equals(values.displayName(), before.displayName())
                && Objects.equals(values.gridId(), before.gridId()) && enabled == before.enabled();
        return new PlannedAccount(r.row(), same ? PlannedAccount.Change.UNCHANGED : PlannedAccount.Change.CHANGED,
                values, enabled, before);
    }

    private static Long linkOf(NewAccount a, LinkKind kind) {
        return switch (kind) {
            case ENTERPRISE -> a.enterpriseId();
            case FACTORY -> a.factoryId();
            case BRAND -> a.brandId();
        };
    }

    private static Long linkOf(Account a, LinkKind kind) {
        return switch (kind) {
            case ENTERPRISE -> a.enterpriseId();
            case FACTORY -> a.factoryId();
            case BRAND -> a.brandId();
        };
    }

    private static String requiredKey(LinkKind kind) {
        return switch (kind) {
            case ENTERPRISE -> "users.import.enterpriseRequired";
            case FACTORY -> "users.import.factoryRequired";
            case BRAND -> "users.import.brandRequired";
        };
    }

    private static String unknownKey(LinkKind kind) {
        return switch (kind) {
            case ENTERPRISE -> "users.import.unknownEnterprise";
            case FACTORY -> "users.import.unknownFactory";
            case BRAND -> "users.import.unknownBrand";
        };
    }

    /** A username on more than one row: every such row is named, with the others. */
    private static void markRepeated(List<ImportedUser> rows) {
        Map<String, List<ImportedUser>> byName = new LinkedHashMap<>();
        rows.stream().filter(r -> r.username() != null)
                .forEach(r -> byName.computeIfAbsent(r.username(), k -> new ArrayList<>()).add(r));
        byName.values().stream().filter(same -> same.size() > 1).forEach(same -> same.forEach(r ->
                r.error(UserColumn.USERNAME, "users.import.repeated", r.username(), same.stream()
                        .filter(o -> o != r).map(o -> String.valueOf(o.row())).collect(Collectors.joining("、")))));
    }

    /** Every role by its code and by its Chinese and English labels, in lower case. */
    private Map<String, Role> roleSpellings() {
        Map<String, Role> spellings = new HashMap<>();
        for (Role role : Role.values()) {
            spellings.put(role.name().toLowerCase(Locale.ROOT), role);
            for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                String label = messages.getMessage("role." + role.name(), null, null, locale);
                if (label != null) {
                    spellings.put(label.strip().toLowerCase(Locale.ROOT), role);
                }
            }
        }
        return spellings;
    }
}
