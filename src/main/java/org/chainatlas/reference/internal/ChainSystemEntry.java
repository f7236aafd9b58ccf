package org.chainatlas.reference.internal;

import org.chainatlas.reference.ChainSystemView;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "chain_system_entry")
class ChainSystemEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "region_zh", nullable = false)
    private String regionZh;
    @Column(name = "system_name_zh", nullable = false)
    private String systemNameZh;
    @Column(name = "chain_name_zh", nullable = false)
    private String chainNameZh;
    @Column(nullable = false)
    private String level;
    @Column(name = "source_url")
    private String sourceUrl;
    @Column(name = "region_code", nullable = false)
    private String regionCode;

    protected ChainSystemEntry() {
    }

    ChainSystemEntry(ChainSystemView row) {
        regionZh = row.regionZh();
        systemNameZh = row.systemNameZh();
        chainNameZh = row.chainNameZh();
        regionCode = row.regionCode();
        apply(row);
    }

    void apply(ChainSystemView row) {
        level = row.level();
        sourceUrl = row.sourceUrl();
    }

    String key() {
        return regionCode + "|" + systemNameZh + "|" + chainNameZh;
    }

    ChainSystemView view() {
        return new ChainSystemView(id, regionZh, systemNameZh, chainNameZh, level, sourceUrl, regionCode);
    }
}
