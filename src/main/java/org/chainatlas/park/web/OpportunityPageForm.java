package org.chainatlas.park.web;

import org.chainatlas.park.CooperationMode;
import org.chainatlas.park.OpportunityForm;
import org.chainatlas.park.OpportunityStatus;
import org.chainatlas.park.OpportunityView;

/** The opportunity form of the web pages; the investment sought is entered in 万元 and stored in CNY. */
public class OpportunityPageForm {

    private String titleZh;
    private String titleEn;
    private Long nodeId;
    private Double investmentWan;
    private Double landMu;
    private CooperationMode cooperationMode = CooperationMode.SOLE_INVESTMENT;
    private String descriptionZh;
    private OpportunityStatus status = OpportunityStatus.OPEN;

    /** The version of the record the form was opened on (hidden field): a save over a newer one is a conflict. */
    private Long version;

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    static OpportunityPageForm of(OpportunityView o) {
        OpportunityPageForm f = new OpportunityPageForm();
        f.version = o.version();
        f.titleZh = o.titleZh();
        f.titleEn = o.titleEn();
        f.nodeId = o.nodeId();
        f.investmentWan = o.investmentSoughtCny() == null ? null : o.investmentSoughtCny() / 10_000.0;
        f.landMu = o.landMu();
        f.cooperationMode = o.cooperationMode();
        f.descriptionZh = o.descriptionZh();
        f.status = o.status();
        return f;
    }

    OpportunityForm toForm(long parkId) {
        return new OpportunityForm(parkId, titleZh, titleEn, nodeId,
                org.chainatlas.platform.web.FormValues.wanToYuan("investmentWan", investmentWan), landMu, cooperationMode, descriptionZh,
                status);
    }

    public String getTitleZh() { return titleZh; }
    public void setTitleZh(String v) { titleZh = v; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String v) { titleEn = v; }
    public Long getNodeId() { return nodeId; }
    public void setNodeId(Long v) { nodeId = v; }
    public Double getInvestmentWan() { return investmentWan; }
    public void setInvestmentWan(Double v) { investmentWan = v; }
    public Double getLandMu() { return landMu; }
    public void setLandMu(Double v) { landMu = v; }
    public CooperationMode getCooperationMode() { return cooperationMode; }
    public void setCooperationMode(CooperationMode v) { cooperationMode = v; }
    public String getDescriptionZh() { return descriptionZh; }
    public void setDescriptionZh(String v) { descriptionZh = v; }
    public OpportunityStatus getStatus() { return status; }
    public void setStatus(OpportunityStatus v) { status = v; }
}
