package org.chainatlas.chain.internal;

import java.util.Arrays;
import java.util.List;

import org.chainatlas.chain.ChainDefinition.NodeDefinition;
import org.chainatlas.chain.ChainNodeView;
import org.chainatlas.chain.Stage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A chain segment (环节). */
@Entity
@Table(name = "chain_node")
class ChainNode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "chain_id")
    private Chain chain;
    @Column(nullable = false)
    private String code;
    @Column(name = "name_zh", nullable = false)
    private String nameZh;
    @Column(name = "name_en", nullable = false)
    private String nameEn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Stage stage;
    @Column(name = "industry_codes")
    private String industryCodes;
    private String keywords;
    @Column(nullable = false)
    private int position;

    protected ChainNode() {
    }

    ChainNode(Chain chain, NodeDefinition definition, int position) {
        this.chain = chain;
        this.code = definition.code();
        this.nameZh = definition.nameZh();
        this.nameEn = definition.nameEn();
        this.stage = definition.stage();
        this.industryCodes = join(definition.industryCodes());
        this.keywords = join(definition.keywords());
        this.position = position;
    }

    private static String join(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join(";", values);
    }

    private static List<String> split(String value) {
        return value == null ? List.of() : Arrays.asList(value.split(";"));
    }

    String code() {
        return code;
    }

    int position() {
        return position;
    }

    void placeAt(int position) {
        this.position = position;
    }

    ChainNodeView view(String chainCode) {
        return new ChainNodeView(id, chainCode, code, nameZh, nameEn, stage, split(industryCodes), split(keywords), position);
    }
}
