package org.chainatlas.enterprise.web;

import java.util.ArrayList;
import java.util.List;

import org.chainatlas.enterprise.EnterpriseForm;
import org.chainatlas.enterprise.EnterpriseForm.FacilityForm;
import org.chainatlas.enterprise.EnterpriseForm.SegmentForm;
import org.chainatlas.enterprise.EnterpriseTag;
import org.chainatlas.enterprise.EnterpriseView;
import org.chainatlas.enterprise.RevenueBand;
import org.chainatlas.enterprise.SegmentRole;

/**
 * The enterprise form of the web pages: the profile, the HQ facility and the segments produced and bought at
 * the HQ. Facilities and segments elsewhere (entered through the API) are kept unchanged on edit.
 */
public class EnterprisePageForm {

    private String nameZh;
    private String nameEn;
    private String uscc;
    private String hqRegionCode;
    private List<EnterpriseTag> tags = new ArrayList<>();
    private RevenueBand revenueBand;
    private Integer employees;
    private String descriptionZh;
    private String contactName;
    private String contactPhone;
    private String contactEmail;
    private Double longitude;
    private Double latitude;
    private List<Long> producesNodeIds = new ArrayList<>();
    private List<Long> buysNodeIds = new ArrayList<>();

    /** The version of the record the form was opened on (hidden field): a save over a newer one is a conflict. */
    private Long version;

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    static EnterprisePageForm of(EnterpriseView view) {
        EnterprisePageForm form = new EnterprisePageForm();
        form.version = view.version();
        form.nameZh = view.nameZh();
        form.nameEn = view.nameEn();
        form.uscc = view.uscc();
        form.hqRegionCode = view.hqRegionCode();
        form.tags = new ArrayList<>(view.tags());
        form.revenueBand = view.revenueBand();
        form.employees = view.employees();
        form.descriptionZh = view.descriptionZh();
        if (view.contact() != null) {
            form.contactName = view.contact().name();
            form.contactPhone = view.contact().phone();
            form.contactEmail = view.contact().email();
        }
        view.facilities().stream().filter(f -> f.regionCode().equals(view.hqRegionCode())).findFirst().ifPresent(f -> {
            form.longitude = f.longitude();
            form.latitude = f.latitude();
        });
        view.segments().stream().filter(s -> s.regionCode().equals(view.hqRegionCode())).forEach(s -> {
            (s.role() == SegmentRole.PRODUCES ? form.producesNodeIds : form.buysNodeIds).add(s.nodeId());
        });
        return form;
    }

    /** The domain form; {@code existing} (when editing) supplies what this page does not show. */
    EnterpriseForm toForm(EnterpriseView existing) {
        List<FacilityForm> facilities = new ArrayList<>();
        boolean sameSeat = existing != null && hqRegionCode != null && hqRegionCode.equals(existing.hqRegionCode());
        List<EnterpriseView.FacilityView> seatSites = existing == null ? List.of() : existing.facilities().stream()
                .filter(f -> f.regionCode().equals(existing.hqRegionCode())).toList();
        if (sameSeat && !seatSites.isEmpty()) {
            // the sites at the seat stay as they are — named, sourced (达州市工厂, 四川日报 2025-05-10) — unless the page moved
            // the first one's point (saving unchanged replaced it by an unnamed site without its source, and dropped the others)
            EnterpriseView.FacilityView first = seatSites.getFirst();
            facilities.add(samePoint(first.longitude(), longitude) && samePoint(first.latitude(), latitude) ? kept(first)
                    : new FacilityForm(first.nameZh(), hqRegionCode, longitude, latitude));
            seatSites.stream().skip(1).forEach(f -> facilities.add(kept(f)));
        } else if (hqRegionCode != null && !hqRegionCode.isBlank() && (longitude != null || latitude != null || !seatSites.isEmpty()
                || existing == null && (!producesNodeIds.isEmpty() || !buysNodeIds.isEmpty()))) {
            // a site at the seat only where there is one: coordinates given, one kept from before, or segments worked there
            // on a new enterprise (saving a profile unchanged added an empty "plant" at the head office of a company whose
            // segments stood at its seat without a site: 宁德时代 got "– 宁德市 平台登记")
            facilities.add(new FacilityForm(null, hqRegionCode, longitude, latitude));
        }
        if (!sameSeat) {
            // the seat moved: a named plant in the old seat's city is still a plant there
            seatSites.stream().filter(f -> f.nameZh() != null && !f.nameZh().isBlank()).forEach(f -> facilities.add(kept(f)));
        }
        List<SegmentForm> segments = new ArrayList<>();
        producesNodeIds.forEach(id -> segments.add(new SegmentForm(id, hqRegionCode, SegmentRole.PRODUCES)));
        buysNodeIds.forEach(id -> segments.add(new SegmentForm(id, hqRegionCode, SegmentRole.BUYS)));
        if (existing != null) {
            String oldHq = existing.hqRegionCode();
            existing.facilities().stream().filter(f -> !f.regionCode().equals(oldHq) && !f.regionCode().equals(hqRegionCode))
                    .forEach(f -> facilities.add(new FacilityForm(f.nameZh(), f.regionCode(), f.longitude(), f.latitude())));
            existing.segments().stream().filter(s -> !s.regionCode().equals(oldHq))
                    .forEach(s -> segments.add(new SegmentForm(s.nodeId(), s.regionCode(), s.role())));
        }
        return new EnterpriseForm(nameZh, nameEn, uscc, hqRegionCode, tags, revenueBand, employees, descriptionZh,
                contactName, contactPhone, contactEmail, facilities, segments);
    }

    private static FacilityForm kept(EnterpriseView.FacilityView f) {
        return new FacilityForm(f.nameZh(), f.regionCode(), f.longitude(), f.latitude());
    }

    /** The same coordinate as shown on the page (which may round it), or both absent. */
    private static boolean samePoint(Double stored, Double entered) {
        return stored == null ? entered == null : entered != null && Math.abs(stored - entered) < 1e-6;
    }

    public String getNameZh() { return nameZh; }
    public void setNameZh(String nameZh) { this.nameZh = nameZh; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getUscc() { return uscc; }
    public void setUscc(String uscc) { this.uscc = uscc; }
    public String getHqRegionCode() { return hqRegionCode; }
    public void setHqRegionCode(String hqRegionCode) { this.hqRegionCode = hqRegionCode; }
    public List<EnterpriseTag> getTags() { return tags; }
    public void setTags(List<EnterpriseTag> tags) { this.tags = tags == null ? new ArrayList<>() : tags; }
    public RevenueBand getRevenueBand() { return revenueBand; }
    public void setRevenueBand(RevenueBand revenueBand) { this.revenueBand = revenueBand; }
    public Integer getEmployees() { return employees; }
    public void setEmployees(Integer employees) { this.employees = employees; }
    public String getDescriptionZh() { return descriptionZh; }
    public void setDescriptionZh(String descriptionZh) { this.descriptionZh = descriptionZh; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public Double getLongitude() { return longitude; }
    public void setLongitude(Double longitude) { this.longitude = longitude; }
    public Double getLatitude() { return latitude; }
    public void setLatitude(Double latitude) { this.latitude = latitude; }
    public List<Long> getProducesNodeIds() { return producesNodeIds; }
    public void setProducesNodeIds(List<Long> ids) { this.producesNodeIds = ids == null ? new ArrayList<>() : ids; }
    public List<Long> getBuysNodeIds() { return buysNodeIds; }
    public void setBuysNodeIds(List<Long> ids) { this.buysNodeIds = ids == null ? new ArrayList<>() : ids; }
}
