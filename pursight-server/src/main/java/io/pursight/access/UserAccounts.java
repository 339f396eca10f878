package io.pursight.access;

import java.util.Optional;

import io.pursight.common.UserId;

/** Looks up local users for other modules. */
public interface UserAccounts {

	Optional<UserId> idOf(String username);
}
