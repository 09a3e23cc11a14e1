package io.multisession.user.boundary;

import io.multisession.user.entity.UserAccount;
import java.util.List;

/** A page of accounts and how many there are in all, for paging. */
public record UserPage(long total, List<UserAccount> accounts) {
}
