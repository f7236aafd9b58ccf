package org.chainatlas.account.internal;

import java.time.Instant;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

import org.chainatlas.account.Role;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AppUsers extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    /** Id and display name of many accounts in one query, without building the accounts. */
    @Query("select u.id, u.displayName from AppUser u where u.id in :ids")
    List<Object[]> displayNames(@Param("ids") java.util.Collection<Long> ids);

    Optional<AppUser> findFirstByEmailIgnoreCase(String email);

    boolean existsByUsername(String username);

    /** The credentials version of an account that may still be signed in (enabled), if any. */
    @Query("select u.credentialsVersion from AppUser u where u.id = :id and u.enabled = true")
    Optional<Integer> liveCredentialsVersion(@Param("id") long id);

    /** Counts one wrong password in the database itself, so parallel attempts cannot overwrite each other's count. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update AppUser u set u.failedAttempts = u.failedAttempts + 1 where u.username = :username")
    int countFailedSignIn(@Param("username") String username);

    /** Locks the account when the count has reached {@code after}; answers 1 if this call locked it. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update AppUser u set u.lockedUntil = :until, u.failedAttempts = 0 where u.username = :username"
            + " and u.failedAttempts >= :after")
    int lockWhenReached(@Param("username") String username, @Param("after") int after, @Param("until") Instant until);

    List<AppUser> findByEnterpriseIdOrderByIdAsc(long enterpriseId);

    List<AppUser> findByRoleOrderByUsernameAsc(Role role);
}
