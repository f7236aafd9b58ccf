package org.chainatlas.enterprise.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "enterprise")
class Enterprise {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "name_zh", nullable = false)
    private String nameZh;
    @Column(nullable = false, unique = true)
    private String uscc;
    @Column(name = "hq_region_code", nullable = false)
    private String hqRegionCode;
    private boolean demo;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Enterprise() {
    }

    Long id() {
        return id;
    }

    String nameZh() {
        return nameZh;
    }

    String uscc() {
        return uscc;
    }

    String hqRegionCode() {
        return hqRegionCode;
    }

    boolean demo() {
        return demo;
    }
}
