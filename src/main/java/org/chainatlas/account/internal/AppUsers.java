package org.chainatlas.account.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AppUsers extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);
}
