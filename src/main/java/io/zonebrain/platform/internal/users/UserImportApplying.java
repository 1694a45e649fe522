package io.zonebrain.platform.internal.users;

import io.zonebrain.platform.ConcurrentEditException;
import io.zonebrain.platform.CurrentUser;
import io.zonebrain.platform.StagedImports;
import io.zonebrain.platform.UserAccounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Users' part of applying a confirmed import, inside its ONE transaction: the file is checked again, new accounts
 * are created with generated passwords, changed ones updated only if they still hold what the check read, unchanged
 * rows left alone (no audit entry) — all or nothing. The generated passwords reach {@link IssuedPasswords} only once
 * the transaction has committed, so a rolled-back import shows none.
 */
@Component
class UserImportApplying {

    /** Share of the progress bar for checking the file again; creating accounts (hashing) takes the rest. */
    private static final int CHECK_SHARE = 5;

    private final UserFileCheck fileCheck;
    private final UserAccounts accounts;
    private final IssuedPasswords issued;

    UserImportApplying(UserFileCheck fileCheck, UserAccounts accounts, IssuedPasswords issued) {
        this.fileCheck = fileCheck;
        this.accounts = accounts;
        this.issued = issued;
    }

    StagedImports.Applying<CheckedUserFile> by(CurrentUser caller, long importId) {
        return new StagedImports.Applying<>() {
            @Override
            public CheckedUserFile check(byte[] file, BiConsumer<Integer, Integer> progress) {
                return fileCheck.check(file, caller, (d, t) -> progress.accept(d, t * CHECK_SHARE));
            }

            @Override
            public StagedImports.Applied write(CheckedUserFile checked, String reason,
                                               BiConsumer<Integer, Integer> progress) {
                int rows = Math.max(1, checked.totalRows());
                int[] counts = UserImportApplying.this.write(caller, importId, checked, reason, (d, t) ->
                        progress.accept(rows + (int) ((CHECK_SHARE - 1L) * rows * d / Math.max(1, t)),
                                rows * CHECK_SHARE));
                int unchanged = checked.count(PlannedAccount.Change.UNCHANGED);
                return new StagedImports.Applied(Map.of("created_count", counts[0], "updated_count", counts[1]),
                        "已导入：新建 " + counts[0] + " 个账号（初始密码只在导入页面显示一次），更新 " + counts[1]
                                + " 个，未变 " + unchanged + " 个 / Applied: " + counts[0] + " accounts created "
                                + "(their initial passwords are shown once on the import's page), " + counts[1]
                                + " updated, " + unchanged + " unchanged");
            }

            @Override
            public boolean conflict(RuntimeException e) {
                // an account changed meanwhile, or a username created meanwhile (the unique index)
                return e instanceof ConcurrentEditException || e instanceof DataIntegrityViolationException;
            }

            @Override
            public String conflictText() {
                return "其他人在导入期间修改或新建了部分账号，未写入任何数据，可重新确认导入 / Someone changed or created "
                        + "some of these accounts meanwhile; nothing was applied, confirm again to retry";
            }
        };
    }

    /** Writes the planned rows; returns {created, updated}. */
    private int[] write(CurrentUser caller, long importId, CheckedUserFile checked, String reason,
                        BiConsumer<Integer, Integer> progress) {
        List<PlannedAccount> created = checked.planned().stream()
                .filter(p -> p.change() == PlannedAccount.Change.NEW).toList();
        List<String> passwords = created.stream().map(p -> UserAccounts.generatePassword()).toList();
        List<UserAccounts.Account> accountsCreated = accounts.createAll(
                created.stream().map(PlannedAccount::values).toList(), passwords, reason, progress);
        List<IssuedPassword> handOver = new ArrayList<>();
        for (int i = 0; i < created.size(); i++) {
            PlannedAccount p = created.get(i);
            if (!p.enabled()) {
                accounts.changeDetails(accountsCreated.get(i), p.values().displayName(), p.values().gridId(), false,
                        reason);
            }
            handOver.add(new IssuedPassword(p.values().username(), passwords.get(i)));
        }
        int updated = 0;
        for (PlannedAccount p : checked.planned()) {
            if (p.change() == PlannedAccount.Change.CHANGED) {
                accounts.changeDetails(p.before(), p.values().displayName(), p.values().gridId(), p.enabled(), reason);
                updated++;
            }
        }
        if (!handOver.isEmpty()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    issued.hold(importId, caller.username(), handOver);
                }
            });
        }
        return new int[] {created.size(), updated};
    }
}
