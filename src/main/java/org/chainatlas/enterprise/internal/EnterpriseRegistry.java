package org.chainatlas.enterprise.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.chainatlas.account.Actor;
import org.chainatlas.account.CurrentActor;
import org.chainatlas.audit.AuditAction;
import org.chainatlas.audit.AuditTrail;
import org.chainatlas.chain.ChainNodeView;
import org.chainatlas.chain.Chains;
import org.chainatlas.enterprise.EnterpriseCatalog;
import org.chainatlas.enterprise.EnterpriseChanged;
import org.chainatlas.enterprise.EnterpriseForm;
import org.chainatlas.enterprise.EnterpriseForm.FacilityForm;
import org.chainatlas.enterprise.EnterpriseForm.SegmentForm;
import org.chainatlas.enterprise.EnterpriseTag;
import org.chainatlas.enterprise.EnterpriseView;
import org.chainatlas.enterprise.LocatedSegment;
import org.chainatlas.enterprise.MeetingPartners;
import org.chainatlas.enterprise.NearbyEnterprise;
import org.chainatlas.enterprise.NeedForm;
import org.chainatlas.enterprise.NeedKind;
import org.chainatlas.enterprise.NeedStatus;
import org.chainatlas.enterprise.NeedView;
import org.chainatlas.enterprise.SegmentRole;
import org.chainatlas.platform.Conflict;
import org.chainatlas.platform.Forbidden;
import org.chainatlas.platform.NotFound;
import org.chainatlas.region.GeoPoint;
import org.chainatlas.region.RegionView;
import org.chainatlas.region.Regions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;

/**
 * The enterprise registry: registers and edits enterprises and their needs, and decides who may do what.
 * Anyone may read an enterprise's public profile; its contact and needs are shown only to its own users,
 * organisers of its region (for needs: of a preferred province), administrators and accepted meeting
 * partners. Every write is checked here, whatever the page or API in front of it shows.
 */
@Service
public class EnterpriseRegistry implements EnterpriseCatalog, org.chainatlas.enterprise.EnterpriseIntake {

    static final String AUDIT_TYPE = "enterprise";
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(EnterpriseRegistry.class);

    private final Enterprises enterprises;
    private final EnterpriseNeeds needs;
    private final Chains chains;
    private final Regions regions;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final ObjectProvider<MeetingPartners> meetingPartners;
    private final EnterpriseRules rules;
    private final DataSource dataSource;
    private final EntityManager entityManager;

    EnterpriseRegistry(Enterprises enterprises, EnterpriseNeeds needs, Chains chains, Regions regions,
            CurrentActor currentActor, AuditTrail audit, ApplicationEventPublisher events, JdbcTemplate jdbc,
            ObjectProvider<MeetingPartners> meetingPartners, DataSource dataSource, EntityManager entityManager) {
        this.dataSource = dataSource;
        this.entityManager = entityManager;
        this.enterprises = enterprises;
        this.needs = needs;
        this.chains = chains;
        this.regions = regions;
        this.currentActor = currentActor;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.meetingPartners = meetingPartners;
        this.rules = new EnterpriseRules(regions, chains);
    }

    // ---------------------------------------------------------------- writes

    /**
     * Everything {@link #register} would refuse about a form, without storing anything: the rules with their field
     * paths, the signed-in user's right to register in the region, and a USCC already registered (for imports).
     */
    @Override
    @Transactional(readOnly = true)
    public List<org.chainatlas.platform.InvalidInput.FieldError> problems(EnterpriseForm form) {
        return problems(form, currentActor.require("register", "enterprises"),
                uscc -> enterprises.existsByUscc(uscc));
    }

    @Override
    @Transactional(readOnly = true)
    public List<List<org.chainatlas.platform.InvalidInput.FieldError>> problems(List<EnterpriseForm> forms) {
        Actor actor = currentActor.require("register", "enterprises");
        Set<String> taken = EnterpriseBatch.idsByUscc(jdbc, forms.stream().map(EnterpriseForm::uscc).filter(u -> u != null)
                .map(u -> u.strip().toUpperCase()).toList()).keySet();
        List<List<org.chainatlas.platform.InvalidInput.FieldError>> all = new ArrayList<>(forms.size());
        for (EnterpriseForm form : forms) {
            all.add(problems(form, actor, taken::contains));
        }
        return all;
    }

    private List<org.chainatlas.platform.InvalidInput.FieldError> problems(EnterpriseForm form, Actor actor,
            java.util.function.Predicate<String> usccTaken) {
        List<org.chainatlas.platform.InvalidInput.FieldError> errors = new java.util.ArrayList<>(rules.check(form).errors());
        if (form.hqRegionCode() != null && errors.stream().noneMatch(e -> e.field().equals("hqRegionCode"))
                && !keepsRegistry(actor, form.hqRegionCode())) {
            errors.add(new org.chainatlas.platform.InvalidInput.FieldError("hqRegionCode",
                    "you may not register enterprises in region " + form.hqRegionCode(), "error.notYourRegion",
                    List.of(regions.find(form.hqRegionCode()).map(r -> r.nameZh() + "（" + r.code() + "）").orElse(form.hqRegionCode()))));
        }
        if (EnterpriseTag.mask(form.tags()) != 0 && form.hqRegionCode() != null && !mayTag(actor, form.hqRegionCode())) {
            errors.add(new org.chainatlas.platform.InvalidInput.FieldError("tags", OFFICIAL_TAGS, "error.tagsByOrganiser", List.of()));
        }
        if (form.uscc() != null && errors.stream().noneMatch(e -> e.field().equals("uscc"))
                && usccTaken.test(form.uscc().strip().toUpperCase())) {
            errors.add(new org.chainatlas.platform.InvalidInput.FieldError("uscc",
                    "an enterprise with USCC " + form.uscc().strip().toUpperCase() + " is already registered", "error.usccTaken",
                    List.of(form.uscc().strip().toUpperCase())));
        }
        return errors;
    }

    @Override
    @Transactional(readOnly = true)
    public List<EnterpriseView> findByName(String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        return enterprises.findByNameZhOrShortNameZh(name.strip(), name.strip()).stream().filter(e -> !e.deleted())
                .map(e -> view(e, false)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Optional<EnterpriseView> findByStockCode(String stockCode) {
        return stockCode == null ? java.util.Optional.empty()
                : enterprises.findByStockCode(stockCode.strip().toUpperCase()).filter(e -> !e.deleted()).map(e -> view(e, false));
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Optional<EnterpriseView> findByUscc(String uscc) {
        return uscc == null ? java.util.Optional.empty() : enterprises.findByUscc(uscc.strip().toUpperCase()).map(e -> view(e, false));
    }

    @Override
    @Transactional
    public EnterpriseView register(EnterpriseForm form) {
        Actor actor = currentActor.require("register", "an enterprise");
        rules.check(form).throwIfInvalid();
        String uscc = form.uscc().strip().toUpperCase();
        if (!keepsRegistry(actor, form.hqRegionCode())) {
            throw new Forbidden("register", "an enterprise in region " + form.hqRegionCode());
        }
        refuseTagsUnlessOrganiser(actor, form);
        if (enterprises.existsByUscc(uscc)) {
            throw new Conflict("uscc", "an enterprise with USCC " + uscc + " is already registered", "error.usccTaken", uscc);
        }
        Enterprise enterprise = new Enterprise(uscc, false);
        apply(enterprise, form);
        enterprise = enterprises.saveAndFlush(enterprise);
        EnterpriseView after = view(enterprise, true);
        audit.record(AUDIT_TYPE, enterprise.id(), AuditAction.CREATE, null, after);
        events.publishEvent(new EnterpriseChanged(enterprise.id(), EnterpriseChanged.Kind.CREATED, List.of(),
                located(enterprise)));
        return after;
    }

    @Override
    @Transactional
    public List<Long> registerAll(List<EnterpriseForm> forms) {
        Actor actor = currentActor.require("register", "enterprises");
        List<Enterprise> built = new ArrayList<>();
        Set<String> usccs = new LinkedHashSet<>();
        List<EnterpriseForm> withPlants = new ArrayList<>();
        for (EnterpriseForm form : forms) {
            rules.check(form).throwIfInvalid();
            if (!keepsRegistry(actor, form.hqRegionCode())) {
                throw new Forbidden("register", "an enterprise in region " + form.hqRegionCode());
            }
            refuseTagsUnlessOrganiser(actor, form);
            String uscc = form.uscc().strip().toUpperCase();
            if (!usccs.add(uscc)) {
                throw new Conflict("uscc", "USCC " + uscc + " appears twice among the enterprises to register", "error.usccTwice", uscc);
            }
            if (!form.facilitiesOrEmpty().isEmpty()) {
                withPlants.add(form); // plants need their own ids before segments can point at them: one by one
                continue;
            }
            Enterprise enterprise = new Enterprise(uscc, false);
            apply(enterprise, form);
            built.add(enterprise);
        }
        Set<String> taken = EnterpriseBatch.idsByUscc(jdbc, usccs).keySet();
        if (!taken.isEmpty()) {
            String uscc = taken.iterator().next();
            throw new Conflict("uscc", "an enterprise with USCC " + uscc + " is already registered", "error.usccTaken", uscc);
        }
        entityManager.flush();
        Map<String, Long> ids = new HashMap<>(built.isEmpty() ? Map.of() : EnterpriseBatch.insert(dataSource, jdbc, built));
        List<org.chainatlas.audit.AuditTrail.Entry> entries = new ArrayList<>();
        List<LocatedSegment> places = new ArrayList<>();
        if (!ids.isEmpty()) {
            awaitIndexed(1);
            var search = org.hibernate.search.mapper.orm.Search.session(entityManager);
            // written after the commit like any change, but not waited for here: the caller's next batch is stored
            // meanwhile, and it waits (awaitIndexed) before its next but one. Searchable at once (near-real-time
            // reader), committed to disk by the backend's periodic commit rather than once per batch: a commit per 500
            // documents left a small segment each time and kept a dozen merge threads busy. A crash before that commit
            // loses index entries only; the start-up check (index count ≠ table count) rebuilds the index.
            search.indexingPlanSynchronizationStrategy(context -> {
                context.documentCommitStrategy(org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy.NONE);
                context.documentRefreshStrategy(org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy.NONE);
                context.indexingFutureHandler(future -> indexing.get().add(future));
            });
            var plan = search.indexingPlan();
            for (Enterprise e : built) {
                plan.addOrUpdate(e); // the built snapshot: what was just written, no need to read it back
                entries.add(new org.chainatlas.audit.AuditTrail.Entry(e.id(), null, view(e, true)));
                places.addAll(located(e));
            }
            plan.process(); // documents built now: the caller may clear the persistence context before the commit
            audit.recordAll(AUDIT_TYPE, AuditAction.CREATE, entries);
            events.publishEvent(new org.chainatlas.enterprise.EnterprisesRegistered(List.copyOf(ids.values()), places));
        }
        for (EnterpriseForm form : withPlants) {
            ids.put(form.uscc().strip().toUpperCase(), register(form).id());
        }
        return usccs.stream().map(ids::get).toList();
    }

    /** Search indexing of the batches this thread registered that it has not waited for yet. */
    private final ThreadLocal<java.util.ArrayDeque<java.util.concurrent.CompletableFuture<?>>> indexing =
            ThreadLocal.withInitial(java.util.ArrayDeque::new);

    @Override
    public void awaitIndexed() {
        awaitIndexed(0);
        indexing.remove();
    }

    /** Waits until at most {@code outstanding} of this thread's batches are still being indexed. */
    private void awaitIndexed(int outstanding) {
        java.util.ArrayDeque<java.util.concurrent.CompletableFuture<?>> pending = indexing.get();
        while (pending.size() > outstanding) {
            Object report = pending.poll().join();
            if (report instanceof org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport r && r.throwable().isPresent()) {
                log.error("Search indexing of registered enterprises failed (the index is rebuilt at the next start)",
                        r.throwable().get());
            }
        }
    }

    /**
     * Edits an enterprise. Its own users edit what they say about themselves (description, contact, plants, segments);
     * its identity — name, USCC, seat — and its official tags (世界500强, 央企, 链主 …) change only through an organiser of
     * its seat (moving the seat also needs the organiser of the new one) or an administrator: that is the verification,
     * recorded in the audit trail. A USCC, once set, never changes; one can be added where none was published.
     */
    @Transactional
    public EnterpriseView update(long id, EnterpriseForm form) {
        return update(id, form, null);
    }

    /** {@link #update(long, EnterpriseForm)} of a form opened on {@code expectedVersion} (null: no check). */
    @Transactional
    public EnterpriseView update(long id, EnterpriseForm form, Long expectedVersion) {
        Enterprise enterprise = load(id);
        Actor actor = currentActor.require("edit", "enterprise " + id);
        org.chainatlas.platform.Versions.require("enterprise " + enterprise.nameZh(), expectedVersion, enterprise.version());
        if (!mayEdit(actor, enterprise)) {
            throw new Forbidden("edit", "enterprise " + id);
        }
        rules.check(form, enterprise.uscc() != null).throwIfInvalid();
        String uscc = form.uscc() == null || form.uscc().isBlank() ? null : form.uscc().strip().toUpperCase();
        if (enterprise.uscc() != null && !enterprise.uscc().equals(uscc)) {
            throw new Conflict("uscc", "the USCC of a registered enterprise cannot change (" + enterprise.uscc() + ")", "error.usccFixed",
                    enterprise.uscc());
        }
        boolean verifier = actor.isAdmin() || keepsRegistry(actor, enterprise.hqRegionCode());
        List<String> identity = identityChanges(enterprise, form, uscc);
        if (!identity.isEmpty() && !verifier) {
            throw new Forbidden("change " + String.join(", ", identity) + " of", "enterprise " + id
                    + " (identity and official tags are verified by an organiser of its region)");
        }
        if (EnterpriseTag.mask(form.tags()) != enterprise.tagMask() && !mayTag(actor, enterprise.hqRegionCode())) {
            throw new Forbidden("change the official tags of", "enterprise " + id + " (" + OFFICIAL_TAGS + ")");
        }
        if (!form.hqRegionCode().equals(enterprise.hqRegionCode()) && !keepsRegistry(actor, form.hqRegionCode())) {
            throw new Forbidden("move", "enterprise " + id + " to region " + form.hqRegionCode());
        }
        if (uscc != null && enterprise.uscc() == null && enterprises.existsByUscc(uscc)) {
            throw new Conflict("uscc", "an enterprise with USCC " + uscc + " is already registered", "error.usccTaken", uscc);
        }
        EnterpriseView before = view(enterprise, true);
        List<LocatedSegment> locatedBefore = located(enterprise);
        apply(enterprise, form);
        if (uscc != null && enterprise.uscc() == null) {
            enterprise.identify(uscc);
        }
        enterprise.touched();
        enterprises.flush();
        EnterpriseView after = view(enterprise, true);
        audit.record(AUDIT_TYPE, id, identity.isEmpty() ? AuditAction.UPDATE : AuditAction.VERIFY, before, after);
        events.publishEvent(new EnterpriseChanged(id, EnterpriseChanged.Kind.UPDATED, locatedBefore, located(enterprise)));
        return after;
    }

    /** Which identity fields and official tags a form would change. */
    private static List<String> identityChanges(Enterprise enterprise, EnterpriseForm form, String uscc) {
        List<String> changed = new ArrayList<>();
        if (!form.nameZh().strip().equals(enterprise.nameZh())) {
            changed.add("name");
        }
        if (uscc != null && !uscc.equals(enterprise.uscc())) {
            changed.add("USCC");
        }
        if (!form.hqRegionCode().equals(enterprise.hqRegionCode())) {
            changed.add("seat");
        }
        if (EnterpriseTag.mask(form.tags()) != enterprise.tagMask()) {
            changed.add("official tags");
        }
        return changed;
    }

    @Transactional
    public void delete(long id) {
        Enterprise enterprise = load(id);
        Actor actor = currentActor.require("delete", "enterprise " + id);
        if (!keepsRegistry(actor, enterprise.hqRegionCode())) {
            throw new Forbidden("delete", "enterprise " + id);
        }
        enterprise.delete();
        audit.record(AUDIT_TYPE, id, AuditAction.DELETE, null, null);
        events.publishEvent(new EnterpriseChanged(id, EnterpriseChanged.Kind.DELETED, located(enterprise), List.of()));
    }

    @Transactional
    public EnterpriseView restore(long id) {
        Enterprise enterprise = enterprises.findById(id).orElseThrow(() -> new NotFound("enterprise", id));
        Actor actor = currentActor.require("restore", "enterprise " + id);
        if (!keepsRegistry(actor, enterprise.hqRegionCode())) {
            throw new Forbidden("restore", "enterprise " + id);
        }
        enterprise.restore();
        audit.record(AUDIT_TYPE, id, AuditAction.RESTORE, null, null);
        events.publishEvent(new EnterpriseChanged(id, EnterpriseChanged.Kind.RESTORED, List.of(), located(enterprise)));
        return view(enterprise, true);
    }

    @Transactional
    public NeedView addNeed(long enterpriseId, NeedForm form) {
        Enterprise enterprise = load(enterpriseId);
        Actor actor = currentActor.require("add a need to", "enterprise " + enterpriseId);
        if (!mayKeepNeeds(actor, enterprise)) {
            throw new Forbidden("add a need to", "enterprise " + enterpriseId);
        }
        org.chainatlas.platform.Validation checked = rules.check(form);
        startNotPast(checked, form.startBy(), null);
        checked.throwIfInvalid();
        EnterpriseNeed need = new EnterpriseNeed(enterpriseId);
        need.apply(form);
        need = needs.saveAndFlush(need);
        NeedView after = view(need);
        audit.record("need", need.id(), AuditAction.CREATE, null, after);
        events.publishEvent(EnterpriseChanged.needsChanged(enterpriseId));
        return after;
    }

    @Transactional
    public NeedView updateNeed(long needId, NeedForm form) {
        EnterpriseNeed need = needs.findById(needId).orElseThrow(() -> new NotFound("need", needId));
        Enterprise enterprise = load(need.enterpriseId());
        Actor actor = currentActor.require("edit", "need " + needId);
        if (!mayKeepNeeds(actor, enterprise)) {
            // a need the caller may not even see is not there for it (as when read); one it sees but may not edit is a 403
            if (!maySeeNeed(need, enterprise)) {
                throw new NotFound("need", needId);
            }
            throw new Forbidden("edit", "need " + needId);
        }
        org.chainatlas.platform.Validation checked = rules.check(form);
        startNotPast(checked, form.startBy(), need.startBy());
        checked.throwIfInvalid();
        NeedView before = view(need);
        need.apply(form);
        needs.flush();
        NeedView after = view(need);
        audit.record("need", needId, AuditAction.UPDATE, before, after);
        events.publishEvent(EnterpriseChanged.needsChanged(need.enterpriseId()));
        return after;
    }

    /**
     * Takes the form's values. Facilities and segments are reconciled (kept, removed, added) in three flushed
     * steps, because Hibernate writes inserts before orphan deletes: replacing a segment by an equal one would
     * otherwise break the unique key, and removing a facility still referenced by a segment the foreign key.
     */
    private void apply(Enterprise enterprise, EnterpriseForm form) {
        enterprise.describe(form.nameZh().strip(), blankToNull(form.nameEn()), form.hqRegionCode(),
                EnterpriseTag.mask(form.tags()), form.revenueBand(), form.employees(), blankToNull(form.descriptionZh()));
        enterprise.contact(blankToNull(form.contactName()), blankToNull(form.contactPhone()), blankToNull(form.contactEmail()));
        Map<String, SegmentForm> wanted = new LinkedHashMap<>();
        for (SegmentForm s : form.segmentsOrEmpty()) {
            String region = s.regionCode() == null || s.regionCode().isBlank() ? form.hqRegionCode() : s.regionCode();
            SegmentRole role = s.role() == null ? SegmentRole.PRODUCES : s.role();
            wanted.putIfAbsent(s.nodeId() + "|" + region + "|" + role, new SegmentForm(s.nodeId(), region, role));
        }
        boolean stored = enterprise.id() != null;
        enterprise.segments().removeIf(s -> !wanted.containsKey(s.key()));
        enterprise.segments().forEach(s -> s.atFacility(null));
        if (stored) {
            enterprises.flush();
        }
        Map<String, FacilityForm> wantedFacilities = new LinkedHashMap<>();
        for (FacilityForm f : form.facilitiesOrEmpty()) {
            wantedFacilities.putIfAbsent(facilityKey(f.nameZh(), f.regionCode(), f.longitude(), f.latitude()), f);
        }
        enterprise.facilities().removeIf(f -> !wantedFacilities.containsKey(
                facilityKey(f.nameZh(), f.regionCode(), f.longitude(), f.latitude())));
        Set<String> present = new LinkedHashSet<>();
        enterprise.facilities().forEach(f -> present.add(facilityKey(f.nameZh(), f.regionCode(), f.longitude(), f.latitude())));
        wantedFacilities.forEach((key, f) -> {
            if (!present.contains(key)) {
                enterprise.facilities().add(new EnterpriseFacility(enterprise, blankToNull(f.nameZh()), f.regionCode(),
                        f.longitude(), f.latitude()));
            }
        });
        if (stored) {
            enterprises.flush();
        }
        Map<String, EnterpriseFacility> byRegion = new LinkedHashMap<>();
        enterprise.facilities().forEach(f -> byRegion.putIfAbsent(f.regionCode(), f));
        enterprise.plantsAt(byRegion.keySet());
        Set<String> kept = new LinkedHashSet<>();
        for (EnterpriseSegment s : enterprise.segments()) {
            s.atFacility(byRegion.get(s.regionCode()));
            kept.add(s.key());
        }
        Set<String> names = new LinkedHashSet<>();
        Set<String> chainCodes = new LinkedHashSet<>();
        wanted.forEach((key, s) -> {
            if (!kept.contains(key)) {
                enterprise.segments().add(new EnterpriseSegment(enterprise, s.nodeId(), s.regionCode(), s.role(),
                        byRegion.get(s.regionCode())));
            }
            ChainNodeView node = chains.requireNode(s.nodeId());
            names.add(node.nameZh());
            node.keywords().stream().limit(4).forEach(names::add);
            chainCodes.add(node.chainCode());
        });
        enterprise.searchText(truncate(String.join(" ", names), 2000), truncate(String.join(";", chainCodes), 500));
    }

    /**
     * Where the enterprise works, segment by segment: its facility's coordinates, else its region's point. A company
     * delisted from the exchanges (status D) is none: nothing reports on it since, and several were delisted in
     * bankruptcy (保力新, 2024) — its page stays, labelled, but it is no evidence of a chain today, no supplier and
     * no target.
     */
    List<LocatedSegment> located(Enterprise enterprise) {
        List<LocatedSegment> result = new ArrayList<>();
        if (enterprise.listing() != null && enterprise.listing().delisted()) {
            return result;
        }
        for (EnterpriseSegment s : enterprise.segments()) {
            EnterpriseFacility f = s.facility();
            double lng;
            double lat;
            if (f != null && f.longitude() != null && f.latitude() != null) {
                lng = f.longitude();
                lat = f.latitude();
            } else {
                RegionView region = regions.find(s.regionCode()).orElse(null);
                if (region == null) {
                    continue;
                }
                lng = region.longitude();
                lat = region.latitude();
            }
            result.add(new LocatedSegment(enterprise.id(), s.nodeId(), s.role(), s.regionCode(), lng, lat, enterprise.tagMask(),
                    org.chainatlas.enterprise.EnterpriseSize.weight(enterprise.revenueCny(), enterprise.revenueBand(),
                            enterprise.employees()) * s.confidence()));
        }
        return result;
    }

    private static String facilityKey(String name, String region, Double lng, Double lat) {
        return (name == null || name.isBlank() ? "" : name.strip()) + "|" + region + "|" + lng + "|" + lat;
    }

    // ---------------------------------------------------------------- rights

    /** A planned start typed now lies ahead (today in China or later); one kept from before may have passed. */
    private static void startNotPast(org.chainatlas.platform.Validation v, java.time.LocalDate startBy, java.time.LocalDate before) {
        java.time.LocalDate today = java.time.LocalDate.now(org.chainatlas.platform.web.Formats.CHINA);
        if (startBy != null && !startBy.equals(before) && startBy.isBefore(today)) {
            v.reject("startBy", "error.dateInPast", startBy + " is in the past", String.valueOf(startBy));
        }
    }

    /**
     * Who keeps the registry of a place: its organisers, and its locality bureau (招商局) for enterprises seated in its own
     * area — a city's bureau keeps its city's enterprises, and what it adds counts in the atlas at once.
     */
    static boolean keepsRegistry(Actor actor, String hqRegionCode) {
        return actor.organises(hqRegionCode) || (actor.is(org.chainatlas.account.Role.LOCALITY) && actor.governs(hqRegionCode));
    }

    static final String OFFICIAL_TAGS = "official tags (Fortune Global 500, central SOE, chain leader …) are verified by an "
            + "organiser of the enterprise's province";

    /**
     * Who sets the official tags (世界500强, 央企, 链主, 专精特新 …): the organisers of the seat and administrators. A locality
     * bureau keeps its city's registry but does not award its own enterprises the designations others rank them by.
     */
    static boolean mayTag(Actor actor, String hqRegionCode) {
        return actor.isAdmin() || actor.organises(hqRegionCode);
    }

    private static void refuseTagsUnlessOrganiser(Actor actor, EnterpriseForm form) {
        if (EnterpriseTag.mask(form.tags()) != 0 && !mayTag(actor, form.hqRegionCode())) {
            throw new Forbidden("set the official tags of", "an enterprise in region " + form.hqRegionCode() + " (" + OFFICIAL_TAGS + ")");
        }
    }

    /** The enterprise's profile: its own users and whoever keeps the registry of its seat. */
    boolean mayEdit(Actor actor, Enterprise enterprise) {
        return actor.actsFor(enterprise.id()) || keepsRegistry(actor, enterprise.hqRegionCode());
    }

    /**
     * Its needs (expansion plans, suppliers wanted): its own users and the organisers of its seat only. A plan to expand
     * elsewhere is not for the bureau of the city it may leave.
     */
    boolean mayKeepNeeds(Actor actor, Enterprise enterprise) {
        return actor.actsFor(enterprise.id()) || actor.organises(enterprise.hqRegionCode());
    }

    /** Whether the current user may change the enterprise's official tags (an organiser of its seat, an administrator). */
    public boolean mayVerify(long enterpriseId) {
        Enterprise enterprise = enterprises.findById(enterpriseId).orElse(null);
        return enterprise != null && currentActor.get().map(a -> mayTag(a, enterprise.hqRegionCode())).orElse(false);
    }

    /** Whether the current user may set official tags on an enterprise it registers (organisers, administrators). */
    public boolean mayTagAny() {
        return currentActor.get().map(a -> a.isAdmin() || a.is(org.chainatlas.account.Role.ORGANISER)).orElse(false);
    }

    public boolean mayKeepNeeds(long enterpriseId) {
        Enterprise enterprise = enterprises.findById(enterpriseId).orElse(null);
        return enterprise != null && currentActor.get().map(a -> mayKeepNeeds(a, enterprise)).orElse(false);
    }

    /** Whether the current user may register enterprises somewhere (an administrator, an organiser, a locality bureau). */
    public boolean mayRegisterAny() {
        return currentActor.get().map(a -> a.isAdmin() || ((a.is(org.chainatlas.account.Role.ORGANISER)
                || a.is(org.chainatlas.account.Role.LOCALITY)) && a.regionCode() != null)).orElse(false);
    }

    /** Whether the current user may remove the enterprise from the registry (its seat's organisers and locality bureau). */
    public boolean mayDelete(long enterpriseId) {
        Enterprise enterprise = enterprises.findById(enterpriseId).orElse(null);
        return enterprise != null && currentActor.get().map(a -> keepsRegistry(a, enterprise.hqRegionCode())).orElse(false);
    }

    public boolean mayEdit(long enterpriseId) {
        Enterprise enterprise = enterprises.findById(enterpriseId).orElse(null);
        return enterprise != null && currentActor.get().map(a -> mayEdit(a, enterprise)).orElse(false);
    }

    private boolean maySeeContact(Enterprise enterprise) {
        Optional<Actor> actor = currentActor.get();
        if (actor.isEmpty()) {
            return false;
        }
        Actor a = actor.get();
        return mayEdit(a, enterprise) || partners(a, enterprise.id());
    }

    private boolean maySeeNeed(EnterpriseNeed need, Enterprise enterprise) {
        Optional<Actor> actor = currentActor.get();
        if (actor.isEmpty()) {
            return false;
        }
        Actor a = actor.get();
        if (a.isAdmin() || a.actsFor(enterprise.id()) || partners(a, enterprise.id())) {
            return true;
        }
        if (a.role() != org.chainatlas.account.Role.ORGANISER) {
            return false;
        }
        List<String> targets = need.preferredProvinces();
        return targets.isEmpty() ? a.organises(enterprise.hqRegionCode()) : targets.stream().anyMatch(a::organises)
                || a.organises(enterprise.hqRegionCode());
    }

    private boolean partners(Actor actor, long enterpriseId) {
        if (actor.enterpriseId() == null) {
            return false;
        }
        return meetingPartners.stream().anyMatch(p -> p.haveAcceptedMeeting(actor.enterpriseId(), enterpriseId));
    }

    // ---------------------------------------------------------------- reads

    private Enterprise load(long id) {
        return enterprises.findById(id).filter(e -> !e.deleted()).orElseThrow(() -> new NotFound("enterprise", id));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<EnterpriseView> find(long id) {
        return enterprises.findById(id).filter(e -> !e.deleted()).map(e -> view(e, maySeeContact(e)));
    }

    @Override
    @Transactional(readOnly = true)
    public EnterpriseView require(long id) {
        return find(id).orElseThrow(() -> new NotFound("enterprise", id));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, org.chainatlas.enterprise.EnterpriseBrief> briefs(Collection<Long> ids) {
        Map<Long, org.chainatlas.enterprise.EnterpriseBrief> briefs = new HashMap<>();
        enterprises.findAllById(ids).stream().filter(e -> !e.deleted()).forEach(e -> briefs.put(e.id(),
                new org.chainatlas.enterprise.EnterpriseBrief(e.id(), e.nameZh(), e.hqRegionCode(), e.stockCode(), e.revenueCny(),
                        e.listing() == null ? null : e.listing().revenueYear(), e.demo(), e.listing() != null && e.listing().delisted())));
        return briefs;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> producingEvidence(long nodeId, Map<Long, String> siteOf) {
        Map<Long, String> evidence = new HashMap<>();
        if (siteOf.isEmpty()) {
            return evidence;
        }
        // the strongest row of the segment at the enterprise's site; the node id is a number, written into the statement
        org.chainatlas.platform.data.ArrayQuery.query(jdbc, "select s.enterprise_id, s.region_code, s.evidence from unnest(?) as u(id)"
                + " join enterprise_segment s on s.enterprise_id = u.id where s.node_id = " + nodeId + " and s.role = 'PRODUCES'"
                + " order by s.confidence desc, s.id", "bigint", siteOf.keySet().toArray(), rs -> {
                    long id = rs.getLong(1);
                    if (rs.getString(2).equals(siteOf.get(id)) && rs.getString(3) != null) {
                        evidence.putIfAbsent(id, rs.getString(3));
                    }
                });
        return evidence;
    }

    private static final String BRIEF_COLUMNS = "e.id, e.name_zh, e.hq_region_code, e.stock_code, e.revenue_cny, e.revenue_year, e.demo, "
            + "e.listing_status";
    private static final String PRODUCING_THERE = "exists (select 1 from enterprise_facility f where f.enterprise_id = e.id"
            + " and f.region_code like ?)";

    @Override
    @Transactional(readOnly = true)
    public boolean holdsGenerated() {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from enterprise where demo = true and deleted_at is null)", Boolean.class));
    }

    @Override
    @Transactional(readOnly = true)
    public org.chainatlas.enterprise.RegionEnterprises inRegion(String regionCode, int limit) {
        String prefix = org.chainatlas.region.RegionView.prefixOf(regionCode);
        if (prefix == null) {
            throw new IllegalArgumentException("not a region code: " + regionCode);
        }
        String like = prefix + "%";
        String seatedHere = "e.deleted_at is null and e.hq_region_code like ?";
        String fromElsewhere = "e.deleted_at is null and e.hq_region_code not like ? and " + PRODUCING_THERE;
        String largest = " order by e.revenue_cny desc nulls last, e.id limit ?";
        org.springframework.jdbc.core.RowMapper<org.chainatlas.enterprise.EnterpriseBrief> brief = (rs, i) ->
                new org.chainatlas.enterprise.EnterpriseBrief(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5) == null ? null : rs.getDouble(5), rs.getObject(6) == null ? null : rs.getInt(6), rs.getBoolean(7),
                        "D".equals(rs.getString(8)));
        Long seated = jdbc.queryForObject("select count(*) from enterprise e where " + seatedHere, Long.class, like);
        Long elsewhere = jdbc.queryForObject("select count(*) from enterprise e where " + fromElsewhere, Long.class, like, like);
        return new org.chainatlas.enterprise.RegionEnterprises(seated == null ? 0 : seated,
                jdbc.query("select " + BRIEF_COLUMNS + " from enterprise e where " + seatedHere + largest, brief, like, limit),
                elsewhere == null ? 0 : elsewhere,
                jdbc.query("select " + BRIEF_COLUMNS + " from enterprise e where " + fromElsewhere + largest, brief, like, like, limit));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> names(Collection<Long> ids) {
        return org.chainatlas.platform.data.NamesById.read(jdbc, "enterprise", "name_zh", "t.deleted_at is null", ids);
    }

    @Override
    @Transactional(readOnly = true)
    public List<NeedView> needsOf(long enterpriseId) {
        Enterprise enterprise = load(enterpriseId);
        return needs.findByEnterpriseIdOrderByIdAsc(enterpriseId).stream().filter(n -> maySeeNeed(n, enterprise))
                .map(this::view).toList();
    }

    /** A need, if it exists; {@link Forbidden} when the viewer may not see it (needs are private). */
    @Override
    @Transactional(readOnly = true)
    public Optional<NeedView> need(long needId) {
        EnterpriseNeed need = needs.findById(needId).orElse(null);
        Enterprise enterprise = need == null ? null : enterprises.findById(need.enterpriseId()).filter(e -> !e.deleted()).orElse(null);
        if (enterprise == null) {
            return Optional.empty();
        }
        // a need the caller may not see is not there for it: no 403 that would tell which ids exist
        return maySeeNeed(need, enterprise) ? Optional.of(view(need)) : Optional.empty();
    }

    @Override
    public long count() {
        Long count = jdbc.queryForObject("select count(*) from enterprise where deleted_at is null", Long.class);
        return count == null ? 0 : count;
    }

    @Override
    public List<NearbyEnterprise> producersNear(Collection<Long> nodeIds, GeoPoint point, double radiusKm, int limit) {
        if (nodeIds.isEmpty()) {
            return List.of();
        }
        // Regions whose reference point lies within the radius plus a margin for large prefectures.
        List<String> near = regions.all().stream()
                .filter(r -> r.point().distanceKm(point) <= radiusKm + 250)
                .map(RegionView::code).toList();
        if (near.isEmpty()) {
            return List.of();
        }
        String nodes = nodeIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        String places = near.stream().map(c -> "'" + c + "'").collect(Collectors.joining(","));
        Map<Long, NearbyEnterprise> best = new HashMap<>();
        jdbc.query("""
                select e.id, e.name_zh, e.tags, s.node_id, s.region_code, f.longitude, f.latitude
                from enterprise_segment s join enterprise e on e.id = s.enterprise_id
                left join enterprise_facility f on f.id = s.facility_id
                where s.role = 'PRODUCES' and e.deleted_at is null and s.node_id in (%s) and s.region_code in (%s)
                """.formatted(nodes, places), rs -> {
            String regionCode = rs.getString(5);
            double lng = rs.getDouble(6);
            double lat;
            if (rs.wasNull()) {
                RegionView region = regions.require(regionCode);
                lng = region.longitude();
                lat = region.latitude();
            } else {
                lat = rs.getDouble(7);
            }
            double distance = new GeoPoint(lng, lat).distanceKm(point);
            if (distance <= radiusKm) {
                long id = rs.getLong(1);
                NearbyEnterprise candidate = new NearbyEnterprise(id, rs.getString(2), rs.getLong(4), regionCode, lng, lat,
                        Math.round(distance * 10) / 10.0, EnterpriseTag.of(rs.getInt(3)));
                best.merge(id, candidate, (a, b) -> a.distanceKm() <= b.distanceKm() ? a : b);
            }
        });
        return best.values().stream().sorted(Comparator.comparingDouble(NearbyEnterprise::distanceKm)
                .thenComparing(NearbyEnterprise::id)).limit(limit).toList();
    }

    @Override
    public void scanSegments(Consumer<LocatedSegment> consumer) {
        jdbc.setFetchSize(10_000);
        scanSegments("", List.of(), consumer);
    }

    @Override
    public void scanSegmentsOf(Collection<Long> enterpriseIds, Consumer<LocatedSegment> consumer) {
        List<Long> all = new ArrayList<>(enterpriseIds);
        for (int from = 0; from < all.size(); from += 1_000) {
            List<Long> part = all.subList(from, Math.min(all.size(), from + 1_000));
            scanSegments(" and e.id in (" + String.join(", ", java.util.Collections.nCopies(part.size(), "?")) + ")", part, consumer);
        }
    }

    private void scanSegments(String condition, List<Long> ids, Consumer<LocatedSegment> consumer) {
        jdbc.query("""
                select s.enterprise_id, s.node_id, s.role, s.region_code, f.longitude, f.latitude, e.tags, e.revenue_cny,
                       e.revenue_band, e.employees, s.confidence
                from enterprise_segment s join enterprise e on e.id = s.enterprise_id
                left join enterprise_facility f on f.id = s.facility_id
                where e.deleted_at is null and (e.listing_status is null or e.listing_status <> 'D')""" + condition, rs -> {
            String regionCode = rs.getString(4);
            double lng = rs.getDouble(5);
            double lat;
            if (rs.wasNull()) {
                RegionView region = regions.find(regionCode).orElse(null);
                if (region == null) {
                    return;
                }
                lng = region.longitude();
                lat = region.latitude();
            } else {
                lat = rs.getDouble(6);
            }
            java.math.BigDecimal revenue = rs.getBigDecimal(8);
            String band = rs.getString(9);
            double weight = org.chainatlas.enterprise.EnterpriseSize.weight(revenue == null ? null : revenue.doubleValue(),
                    band == null ? null : org.chainatlas.enterprise.RevenueBand.valueOf(band),
                    (Integer) rs.getObject(10, Integer.class)) * rs.getDouble(11);
            consumer.accept(new LocatedSegment(rs.getLong(1), rs.getLong(2), SegmentRole.valueOf(rs.getString(3)),
                    regionCode, lng, lat, rs.getInt(7), weight));
        }, ids.toArray());
    }

    @Override
    public void scanOpenNeeds(Consumer<NeedView> consumer) {
        scanNeeds("", consumer);
    }

    @Override
    public void scanOpenNeedsOf(long enterpriseId, Consumer<NeedView> consumer) {
        scanNeeds(" and n.enterprise_id = " + enterpriseId, consumer);
    }

    @Override
    @Transactional(readOnly = true)
    public void scanSegmentsOf(long enterpriseId, Consumer<LocatedSegment> consumer) {
        Enterprise enterprise = enterprises.findById(enterpriseId).filter(e -> !e.deleted()).orElse(null);
        if (enterprise != null) {
            located(enterprise).forEach(consumer);
        }
    }

    private void scanNeeds(String condition, Consumer<NeedView> consumer) {
        jdbc.query("""
                select n.id, n.enterprise_id, n.kind, n.node_id, n.investment_cny, n.land_mu, n.energy_mwh, n.jobs,
                       n.preferred_provinces, n.start_by, n.volume_cny, n.created_at
                from enterprise_need n join enterprise e on e.id = n.enterprise_id
                where n.status = 'OPEN' and e.deleted_at is null""" + condition, rs -> {
            ChainNodeView node = chains.node(rs.getLong(4)).orElse(null);
            if (node == null) {
                return;
            }
            String provinces = rs.getString(9);
            consumer.accept(new NeedView(rs.getLong(1), rs.getLong(2), NeedKind.valueOf(rs.getString(3)), node.id(),
                    node.chainCode(), node.code(), node.nameZh(), (Long) rs.getObject(5, Long.class),
                    rs.getBigDecimal(6) == null ? null : rs.getBigDecimal(6).doubleValue(),
                    rs.getBigDecimal(7) == null ? null : rs.getBigDecimal(7).doubleValue(),
                    (Integer) rs.getObject(8, Integer.class),
                    provinces == null ? List.of() : List.of(provinces.split(";")),
                    rs.getDate(10) == null ? null : rs.getDate(10).toLocalDate(), (Long) rs.getObject(11, Long.class), null,
                    NeedStatus.OPEN, rs.getTimestamp(12).toInstant()));
        });
    }

    // ---------------------------------------------------------------- views

    EnterpriseView view(Enterprise e, boolean withContact) {
        List<EnterpriseView.FacilityView> facilities = e.facilities().stream()
                .map(f -> new EnterpriseView.FacilityView(f.id() == null ? 0 : f.id(), f.nameZh(), f.regionCode(),
                        f.longitude(), f.latitude(), f.source(), f.evidence()))
                .toList();
        List<EnterpriseView.SegmentView> segments = new ArrayList<>();
        for (EnterpriseSegment s : e.segments()) {
            chains.node(s.nodeId()).ifPresent(n -> segments.add(new EnterpriseView.SegmentView(n.id(), n.chainCode(),
                    n.code(), n.nameZh(), n.nameEn(), s.regionCode(), s.role(), s.confidence(), s.evidence())));
        }
        return new EnterpriseView(e.id(), e.nameZh(), e.nameEn(), e.uscc(), e.hqRegionCode(), EnterpriseTag.of(e.tagMask()),
                e.revenueBand(), e.employees(), e.descriptionZh(), withContact ? e.contactView() : null, facilities,
                segments, e.demo(), e.createdAt(), e.updatedAt(), e.listing(), e.sourceZh(),
                org.chainatlas.enterprise.EnterpriseSize.weight(e.revenueCny(), e.revenueBand(), e.employees()), e.version());
    }

    NeedView view(EnterpriseNeed n) {
        ChainNodeView node = chains.requireNode(n.nodeId());
        return new NeedView(n.id(), n.enterpriseId(), n.kind(), n.nodeId(), node.chainCode(), node.code(), node.nameZh(),
                n.investmentCny(), n.landMu(), n.energyMwh(), n.jobs(), n.preferredProvinces(), n.startBy(),
                n.volumeCny(), n.descriptionZh(), n.status(), n.createdAt());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
