package org.chainatlas.chain.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** {@code from} supplies {@code to} (配套关系). */
@Entity
@Table(name = "chain_edge")
class SupplyEdge {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "chain_id")
    private Chain chain;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "from_node_id")
    private ChainNode from;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "to_node_id")
    private ChainNode to;
    @Column(nullable = false)
    private double weight;

    protected SupplyEdge() {
    }

    SupplyEdge(Chain chain, ChainNode from, ChainNode to, double weight) {
        this.chain = chain;
        this.from = from;
        this.to = to;
        this.weight = weight;
    }

    ChainNode from() {
        return from;
    }

    ChainNode to() {
        return to;
    }

    double weight() {
        return weight;
    }
}
