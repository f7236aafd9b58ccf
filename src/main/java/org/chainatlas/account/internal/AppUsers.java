package org.chainatlas.account.internal;

import java.util.List;
import java.util.Optional;

import org.chainatlas.account.Role;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AppUsers extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    Optional<AppUser> findFirstByEmailIgnoreCase(String email);

    boolean existsByUsername(String username);

    List<AppUser> findByEnterpriseIdOrderByIdAsc(long enterpriseId);

    List<AppUser> findByRoleOrderByUsernameAsc(Role role);
}
