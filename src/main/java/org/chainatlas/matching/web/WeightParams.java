package org.chainatlas.matching.web;

import org.chainatlas.matching.Weights;

/** Factor weights from request parameters (wSuppliers=25&wCost=40…); missing ones take their default. */
public class WeightParams {

    private Double wSuppliers;
    private Double wCustomers;
    private Double wPriority;
    private Double wLand;
    private Double wCost;
    private Double wOpportunity;
    private Double wFreshness;

    Weights weights() {
        Weights d = Weights.DEFAULT;
        return new Weights(or(wSuppliers, d.suppliers()), or(wCustomers, d.customers()), or(wPriority, d.priority()),
                or(wLand, d.land()), or(wCost, d.cost()), or(wOpportunity, d.opportunity()), or(wFreshness, d.freshness()));
    }

    private static double or(Double value, double fallback) {
        return value == null ? fallback : value;
    }

    public Double getwSuppliers() { return wSuppliers; }
    public void setwSuppliers(Double v) { wSuppliers = v; }
    public Double getwCustomers() { return wCustomers; }
    public void setwCustomers(Double v) { wCustomers = v; }
    public Double getwPriority() { return wPriority; }
    public void setwPriority(Double v) { wPriority = v; }
    public Double getwLand() { return wLand; }
    public void setwLand(Double v) { wLand = v; }
    public Double getwCost() { return wCost; }
    public void setwCost(Double v) { wCost = v; }
    public Double getwOpportunity() { return wOpportunity; }
    public void setwOpportunity(Double v) { wOpportunity = v; }
    public Double getwFreshness() { return wFreshness; }
    public void setwFreshness(Double v) { wFreshness = v; }
}
