package org.chainatlas.chain.internal;

import java.util.ArrayList;
import java.util.List;

import org.chainatlas.chain.ChainDefinition.GovernanceDefinition;
import org.chainatlas.chain.GovernanceView;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** 链长制: who leads a chain in a province and which localities host it. */
@Entity
@Table(name = "chain_governance")
class ChainGovernance {

    static final String PRIMARY_HOST = "PRIMARY_HOST";
    static final String COLLABORATING = "COLLABORATING";

    @Embeddable
    static class Locality {
        @Column(name = "region_code", nullable = false)
        private String regionCode;
        @Column(nullable = false)
        private String role;

        protected Locality() {
        }

        Locality(String regionCode, String role) {
            this.regionCode = regionCode;
            this.role = role;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "chain_id")
    private Chain chain;
    @Column(name = "province_code", nullable = false)
    private String provinceCode;
    @Column(name = "system_name_zh")
    private String systemNameZh;
    @Column(name = "chain_chief_zh")
    private String chainChiefZh;
    @Column(name = "deputy_chief_zh")
    private String deputyChiefZh;
    @Column(name = "lead_department_zh", nullable = false)
    private String leadDepartmentZh;
    @Column(name = "source_url")
    private String sourceUrl;
    private String note;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "chain_governance_locality", joinColumns = @JoinColumn(name = "governance_id"))
    private List<Locality> localities = new ArrayList<>();

    protected ChainGovernance() {
    }

    ChainGovernance(Chain chain, GovernanceDefinition definition) {
        this.chain = chain;
        this.provinceCode = definition.provinceCode();
        this.systemNameZh = definition.systemNameZh();
        this.chainChiefZh = definition.chainChiefZh();
        this.deputyChiefZh = definition.deputyChiefZh();
        this.leadDepartmentZh = definition.leadDepartmentZh();
        this.sourceUrl = definition.sourceUrl();
        this.note = definition.note();
        if (definition.primaryHostCodes() != null) {
            definition.primaryHostCodes().forEach(code -> localities.add(new Locality(code, PRIMARY_HOST)));
        }
        if (definition.collaboratingCodes() != null) {
            definition.collaboratingCodes().forEach(code -> localities.add(new Locality(code, COLLABORATING)));
        }
    }

    GovernanceView view(String chainCode) {
        return new GovernanceView(chainCode, provinceCode, systemNameZh, chainChiefZh, deputyChiefZh, leadDepartmentZh,
                codes(PRIMARY_HOST), codes(COLLABORATING), sourceUrl, note);
    }

    private List<String> codes(String role) {
        return localities.stream().filter(l -> l.role.equals(role)).map(l -> l.regionCode).sorted().toList();
    }
}
