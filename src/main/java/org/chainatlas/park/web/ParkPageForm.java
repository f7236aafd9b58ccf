package org.chainatlas.park.web;

import java.util.ArrayList;
import java.util.List;

import org.chainatlas.park.ParkForm;
import org.chainatlas.park.ParkKind;
import org.chainatlas.park.ParkView;

/** The park form of the web pages (same units as the API: CNY per mu, per kWh, per tonne, per m³, per month). */
public class ParkPageForm {

    private String nameZh;
    private String nameEn;
    private ParkKind kind = ParkKind.PROVINCIAL;
    private String regionCode;
    private Double longitude;
    private Double latitude;
    private Double plannedLandMu;
    private Double availableLandMu;
    private Integer landPriceCnyPerMu;
    private Double electricityCnyPerKwh;
    private Double waterCnyPerT;
    private Double gasCnyPerM3;
    private Integer wageCnyPerMonth;
    private String policiesZh;
    private Long coBuiltWithId;
    private String coBuiltNote;
    private String contactName;
    private String contactPhone;
    private String contactEmail;
    private List<String> chainCodes = new ArrayList<>();
    private List<Long> nodeIds = new ArrayList<>();

    /** The version of the record the form was opened on (hidden field): a save over a newer one is a conflict. */
    private Long version;

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    static ParkPageForm of(ParkView p) {
        ParkPageForm f = new ParkPageForm();
        f.version = p.version();
        f.nameZh = p.nameZh();
        f.nameEn = p.nameEn();
        f.kind = p.kind();
        f.regionCode = p.regionCode();
        if (!p.approximateLocation()) {
            f.longitude = p.longitude();
            f.latitude = p.latitude();
        }
        f.plannedLandMu = p.plannedLandMu();
        f.availableLandMu = p.availableLandMu();
        f.landPriceCnyPerMu = p.landPriceCnyPerMu();
        f.electricityCnyPerKwh = p.electricityCnyPerKwh();
        f.waterCnyPerT = p.waterCnyPerT();
        f.gasCnyPerM3 = p.gasCnyPerM3();
        f.wageCnyPerMonth = p.wageCnyPerMonth();
        f.policiesZh = p.policiesZh();
        f.coBuiltWithId = p.coBuiltWithId();
        f.coBuiltNote = p.coBuiltNote();
        if (p.contact() != null) {
            f.contactName = p.contact().name();
            f.contactPhone = p.contact().phone();
            f.contactEmail = p.contact().email();
        }
        f.chainCodes = new ArrayList<>(p.chainCodes());
        f.nodeIds = new ArrayList<>(p.nodeIds());
        return f;
    }

    ParkForm toForm() {
        return new ParkForm(nameZh, nameEn, kind, regionCode, longitude, latitude, plannedLandMu, availableLandMu,
                landPriceCnyPerMu, electricityCnyPerKwh, waterCnyPerT, gasCnyPerM3, wageCnyPerMonth, policiesZh,
                coBuiltWithId, coBuiltNote, contactName, contactPhone, contactEmail, chainCodes, nodeIds);
    }

    public String getNameZh() { return nameZh; }
    public void setNameZh(String v) { nameZh = v; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String v) { nameEn = v; }
    public ParkKind getKind() { return kind; }
    public void setKind(ParkKind v) { kind = v; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String v) { regionCode = v; }
    public Double getLongitude() { return longitude; }
    public void setLongitude(Double v) { longitude = v; }
    public Double getLatitude() { return latitude; }
    public void setLatitude(Double v) { latitude = v; }
    public Double getPlannedLandMu() { return plannedLandMu; }
    public void setPlannedLandMu(Double v) { plannedLandMu = v; }
    public Double getAvailableLandMu() { return availableLandMu; }
    public void setAvailableLandMu(Double v) { availableLandMu = v; }
    public Integer getLandPriceCnyPerMu() { return landPriceCnyPerMu; }
    public void setLandPriceCnyPerMu(Integer v) { landPriceCnyPerMu = v; }
    public Double getElectricityCnyPerKwh() { return electricityCnyPerKwh; }
    public void setElectricityCnyPerKwh(Double v) { electricityCnyPerKwh = v; }
    public Double getWaterCnyPerT() { return waterCnyPerT; }
    public void setWaterCnyPerT(Double v) { waterCnyPerT = v; }
    public Double getGasCnyPerM3() { return gasCnyPerM3; }
    public void setGasCnyPerM3(Double v) { gasCnyPerM3 = v; }
    public Integer getWageCnyPerMonth() { return wageCnyPerMonth; }
    public void setWageCnyPerMonth(Integer v) { wageCnyPerMonth = v; }
    public String getPoliciesZh() { return policiesZh; }
    public void setPoliciesZh(String v) { policiesZh = v; }
    public Long getCoBuiltWithId() { return coBuiltWithId; }
    public void setCoBuiltWithId(Long v) { coBuiltWithId = v; }
    public String getCoBuiltNote() { return coBuiltNote; }
    public void setCoBuiltNote(String v) { coBuiltNote = v; }
    public String getContactName() { return contactName; }
    public void setContactName(String v) { contactName = v; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String v) { contactPhone = v; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String v) { contactEmail = v; }
    public List<String> getChainCodes() { return chainCodes; }
    public void setChainCodes(List<String> v) { chainCodes = v == null ? new ArrayList<>() : v; }
    public List<Long> getNodeIds() { return nodeIds; }
    public void setNodeIds(List<Long> v) { nodeIds = v == null ? new ArrayList<>() : v; }
}
