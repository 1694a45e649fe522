package io.zonebrain.platform.internal.users;

import io.zonebrain.platform.UserAccounts;

/**
 * What applying a valid row does: create {@code values} (NEW), or change the display name, grid and enabled of
 * {@code before} (CHANGED), or nothing (UNCHANGED).
 */
record PlannedAccount(int row, Change change, UserAccounts.NewAccount values, boolean enabled,
                      UserAccounts.Account before) {

    enum Change { NEW, CHANGED, UNCHANGED }
}
