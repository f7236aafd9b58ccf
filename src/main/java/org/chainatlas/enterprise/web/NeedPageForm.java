package org.chainatlas.enterprise.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.chainatlas.enterprise.NeedForm;
import org.chainatlas.enterprise.NeedKind;
import org.chainatlas.enterprise.NeedStatus;
import org.chainatlas.enterprise.NeedView;
import org.springframework.format.annotation.DateTimeFormat;

/** The need form of the web pages; investment and volume are entered in 万元 and stored in CNY. */
public class NeedPageForm {

    private NeedKind kind = NeedKind.EXPANSION;
    private Long nodeId;
    private Double investmentWan;
    private Double landMu;
    private Double energyMwh;
    private Integer jobs;
    private List<String> preferredProvinces = new ArrayList<>();
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startBy;
    private Double volumeWan;
    private String descriptionZh;
    private NeedStatus status = NeedStatus.OPEN;

    static NeedPageForm of(NeedView view) {
        NeedPageForm form = new NeedPageForm();
        form.kind = view.kind();
        form.nodeId = view.nodeId();
        form.investmentWan = view.investmentCny() == null ? null : view.investmentCny() / 10_000.0;
        form.landMu = view.landMu();
        form.energyMwh = view.energyMwh();
        form.jobs = view.jobs();
        form.preferredProvinces = new ArrayList<>(view.preferredProvinces());
        form.startBy = view.startBy();
        form.volumeWan = view.volumeCny() == null ? null : view.volumeCny() / 10_000.0;
        form.descriptionZh = view.descriptionZh();
        form.status = view.status();
        return form;
    }

    NeedForm toForm() {
        return new NeedForm(kind, nodeId, org.chainatlas.platform.web.FormValues.wanToYuan("investmentWan", investmentWan), landMu, energyMwh,
                jobs, preferredProvinces, startBy, org.chainatlas.platform.web.FormValues.wanToYuan("volumeWan", volumeWan), descriptionZh,
                status);
    }

    public NeedKind getKind() { return kind; }
    public void setKind(NeedKind kind) { this.kind = kind; }
    public Long getNodeId() { return nodeId; }
    public void setNodeId(Long nodeId) { this.nodeId = nodeId; }
    public Double getInvestmentWan() { return investmentWan; }
    public void setInvestmentWan(Double investmentWan) { this.investmentWan = investmentWan; }
    public Double getLandMu() { return landMu; }
    public void setLandMu(Double landMu) { this.landMu = landMu; }
    public Double getEnergyMwh() { return energyMwh; }
    public void setEnergyMwh(Double energyMwh) { this.energyMwh = energyMwh; }
    public Integer getJobs() { return jobs; }
    public void setJobs(Integer jobs) { this.jobs = jobs; }
    public List<String> getPreferredProvinces() { return preferredProvinces; }
    public void setPreferredProvinces(List<String> p) { this.preferredProvinces = p == null ? new ArrayList<>() : p; }
    public LocalDate getStartBy() { return startBy; }
    public void setStartBy(LocalDate startBy) { this.startBy = startBy; }
    public Double getVolumeWan() { return volumeWan; }
    public void setVolumeWan(Double volumeWan) { this.volumeWan = volumeWan; }
    public String getDescriptionZh() { return descriptionZh; }
    public void setDescriptionZh(String descriptionZh) { this.descriptionZh = descriptionZh; }
    public NeedStatus getStatus() { return status; }
    public void setStatus(NeedStatus status) { this.status = status; }
}
