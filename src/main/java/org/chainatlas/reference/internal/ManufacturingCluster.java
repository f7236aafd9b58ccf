package org.chainatlas.reference.internal;

import java.util.ArrayList;
import java.util.List;

import org.chainatlas.reference.ClusterView;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

@Entity
@Table(name = "manufacturing_cluster")
class ManufacturingCluster {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "name_zh", nullable = false, unique = true)
    private String nameZh;
    @Column(name = "batch_year", nullable = false)
    private int batchYear;
    @Column(name = "provinces_zh", nullable = false)
    private String provincesZh;
    @Column(name = "cities_zh")
    private String citiesZh;
    @Column(name = "industry_zh", nullable = false)
    private String industryZh;
    @Column(name = "source_url")
    private String sourceUrl;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "manufacturing_cluster_region", joinColumns = @JoinColumn(name = "cluster_id"))
    @Column(name = "region_code")
    private List<String> regionCodes = new ArrayList<>();

    protected ManufacturingCluster() {
    }

    ManufacturingCluster(ClusterView row) {
        this.nameZh = row.nameZh();
        apply(row);
    }

    void apply(ClusterView row) {
        batchYear = row.batchYear();
        provincesZh = row.provincesZh();
        citiesZh = row.citiesZh();
        industryZh = row.industryZh();
        sourceUrl = row.sourceUrl();
        if (!regionCodes.equals(row.regionCodes())) {
            regionCodes.clear();
            regionCodes.addAll(row.regionCodes());
        }
    }

    String nameZh() {
        return nameZh;
    }

    ClusterView view() {
        return new ClusterView(id, nameZh, batchYear, provincesZh, citiesZh, industryZh, sourceUrl, List.copyOf(regionCodes));
    }
}
