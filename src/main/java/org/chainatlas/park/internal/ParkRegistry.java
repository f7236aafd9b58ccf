package org.chainatlas.park.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.chainatlas.account.Actor;
import org.chainatlas.account.CurrentActor;
import org.chainatlas.account.Role;
import org.chainatlas.audit.AuditAction;
import org.chainatlas.audit.AuditTrail;
import org.chainatlas.chain.ChainNodeView;
import org.chainatlas.chain.Chains;
import org.chainatlas.park.OpportunityFilter;
import org.chainatlas.park.OpportunityForm;
import org.chainatlas.park.OpportunityStatus;
import org.chainatlas.park.OpportunityView;
import org.chainatlas.park.ParkCatalog;
import org.chainatlas.park.ParkChanged;
import org.chainatlas.park.ParkForm;
import org.chainatlas.park.ParkHit;
import org.chainatlas.park.ParkView;
import org.chainatlas.platform.Forbidden;
import org.chainatlas.platform.InvalidInput;
import org.chainatlas.platform.NotFound;
import org.chainatlas.platform.PageView;
import org.chainatlas.region.RegionView;
import org.chainatlas.region.Regions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

/**
 * Parks and their key projects: publishing, editing, verifying, removing (soft) and restoring, with the rights
 * checked here. Administrators may do everything; organisers and locality officers work inside their region,
 * a locality officer tied to a park only on that park.
 */
@Service
public class ParkRegistry implements ParkCatalog, org.chainatlas.account.ParkRegions, org.chainatlas.park.ParkIntake {

    private final Parks parks;
    private final Opportunities opportunities;
    private final Regions regions;
    private final Chains chains;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final ParkSearchIndex searchIndex;
    private final ParkRules rules;
    @PersistenceContext
    private EntityManager entityManager;

    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    ParkRegistry(Parks parks, Opportunities opportunities, Regions regions, Chains chains, CurrentActor currentActor,
            AuditTrail audit, ApplicationEventPublisher events, ParkSearchIndex searchIndex,
            org.springframework.jdbc.core.JdbcTemplate jdbc, org.chainatlas.region.Places places) {
        this.jdbc = jdbc;
        this.parks = parks;
        this.opportunities = opportunities;
        this.regions = regions;
        this.chains = chains;
        this.currentActor = currentActor;
        this.audit = audit;
        this.events = events;
        this.searchIndex = searchIndex;
        this.rules = new ParkRules(regions, chains, places);
    }

    // ---------------------------------------------------------------- rights

    static boolean mayCreateIn(Actor actor, String regionCode) {
        return actor.isAdmin() || ((actor.is(Role.ORGANISER) || actor.is(Role.LOCALITY)) && actor.parkId() == null
                && actor.governs(regionCode));
    }

    static boolean mayEdit(Actor actor, Park park) {
        if (actor.isAdmin()) {
            return true;
        }
        if (!actor.is(Role.ORGANISER) && !actor.is(Role.LOCALITY)) {
            return false;
        }
        return actor.governs(park.regionCode()) && (actor.parkId() == null || actor.parkId().equals(park.id()));
    }

    public boolean mayEditPark(long parkId) {
        return parks.findById(parkId).map(p -> currentActor.get().map(a -> mayEdit(a, p)).orElse(false)).orElse(false);
    }

    public boolean mayCreateParkIn(String regionCode) {
        return currentActor.get().map(a -> mayCreateIn(a, regionCode)).orElse(false);
    }

    public boolean mayCreateAnyPark() {
        return currentActor.get().map(a -> a.isAdmin() || ((a.is(Role.ORGANISER) || a.is(Role.LOCALITY))
                && a.parkId() == null && a.regionCode() != null)).orElse(false);
    }

    private Park editable(long parkId, String action) {
        Park park = livePark(parkId);
        Actor actor = currentActor.require(action, "park " + parkId);
        if (!mayEdit(actor, park)) {
            throw new Forbidden(action, "park " + parkId);
        }
        return park;
    }

    // ---------------------------------------------------------------- parks

    /** Everything {@link #createPark} would refuse about a form, without storing anything (for imports). */
    @Override
    @Transactional(readOnly = true)
    public List<org.chainatlas.platform.InvalidInput.FieldError> problems(ParkForm form) {
        Actor actor = currentActor.require("create", "parks");
        List<org.chainatlas.platform.InvalidInput.FieldError> errors = new java.util.ArrayList<>(rules.check(form).errors());
        nameTaken(form, null).ifPresent(errors::add);
        if (form.regionCode() != null && errors.stream().noneMatch(e -> e.field().equals("regionCode"))
                && !mayCreateIn(actor, form.regionCode())) {
            errors.add(new org.chainatlas.platform.InvalidInput.FieldError("regionCode",
                    "you may not create parks in region " + form.regionCode(), "error.notYourRegion", List.of(form.regionCode())));
        }
        return errors;
    }

    /**
     * A park's name is its handle in lists, imports and opportunity files ("有 2 个园区名为…：请填编号"): a second park of the
     * same name, within a file or beside a stored one (an imported 宜宾临港经济技术开发区), is refused, naming the other.
     */
    private Optional<org.chainatlas.platform.InvalidInput.FieldError> nameTaken(ParkForm form, Long self) {
        if (form.nameZh() == null || form.nameZh().isBlank() || org.chainatlas.platform.Validation.hasControlCharacters(form.nameZh())) {
            return Optional.empty(); // refused by the rules already (PostgreSQL takes no NUL in a query parameter)
        }
        String name = form.nameZh().strip();
        return parks.findByNameZhOrderByIdAsc(name).stream().filter(p -> !p.isDeleted() && !p.id().equals(self)).findFirst()
                .map(p -> new org.chainatlas.platform.InvalidInput.FieldError("nameZh", "a park named " + name + " already exists (no. "
                        + p.id() + ")", "error.parkNameTaken", List.of(name, String.valueOf(p.id()))));
    }

    /** Everything {@link #createOpportunity} would refuse about a form, without storing anything (for imports). */
    @Override
    @Transactional(readOnly = true)
    public List<org.chainatlas.platform.InvalidInput.FieldError> problems(OpportunityForm form) {
        Actor actor = currentActor.require("publish", "opportunities");
        List<org.chainatlas.platform.InvalidInput.FieldError> errors = new java.util.ArrayList<>(rules.check(form).errors());
        if (form.parkId() != null && errors.stream().noneMatch(e -> e.field().equals("parkId"))) {
            Park park = parks.findById(form.parkId()).filter(p -> !p.isDeleted()).orElse(null);
            if (park == null) {
                errors.add(new org.chainatlas.platform.InvalidInput.FieldError("parkId", "unknown park " + form.parkId(),
                        "error.unknownPark", List.of(form.parkId())));
            } else if (!mayEdit(actor, park)) {
                errors.add(new org.chainatlas.platform.InvalidInput.FieldError("parkId",
                        "you may not publish opportunities in park " + form.parkId(), "error.notYourPark",
                        List.of(park.nameZh() + "（" + form.parkId() + "）")));
            }
        }
        return errors;
    }

    @Override
    @Transactional
    public ParkView createPark(ParkForm form) {
        Actor actor = currentActor.require("create", "a park");
        org.chainatlas.platform.Validation checked = rules.check(form);
        nameTaken(form, null).ifPresent(checked::reject);
        checked.throwIfInvalid();
        if (!mayCreateIn(actor, form.regionCode())) {
            throw new Forbidden("create", "a park in region " + form.regionCode());
        }
        Park park = new Park(null, false);
        apply(park, form);
        park.verified(Instant.now());
        park = parks.saveAndFlush(park);
        ParkView after = view(park, true);
        audit.record("park", park.id(), AuditAction.CREATE, null, after);
        events.publishEvent(new ParkChanged(park.id()));
        return after;
    }

    @Transactional
    public ParkView updatePark(long id, ParkForm form) {
        return updatePark(id, form, null);
    }

    /** {@link #updatePark(long, ParkForm)} of a form opened on {@code expectedVersion} (null: no check). */
    @Transactional
    public ParkView updatePark(long id, ParkForm form, Long expectedVersion) {
        Park park = editable(id, "edit");
        org.chainatlas.platform.Versions.require("park " + park.nameZh(), expectedVersion, park.version());
        org.chainatlas.platform.Validation checked = rules.check(form);
        nameTaken(form, id).ifPresent(checked::reject);
        checked.throwIfInvalid();
        Actor actor = currentActor.require("edit", "park " + id);
        if (!actor.isAdmin() && !actor.governs(form.regionCode())) {
            throw new Forbidden("move", "park " + id + " to region " + form.regionCode());
        }
        ParkView before = view(park, true);
        apply(park, form);
        park.verified(Instant.now());
        parks.flush();
        ParkView after = view(park, true);
        audit.record("park", id, AuditAction.UPDATE, before, after);
        events.publishEvent(new ParkChanged(id));
        return after;
    }

    /** The locality confirms the park's data is current (resets the 180-day staleness). */
    @Transactional
    public ParkView verifyPark(long id) {
        // A confirmation carries no version to check: two at once (two clerks, two tabs) are taken one after the other.
        parks.lockById(id);
        Park park = editable(id, "verify");
        ParkView before = view(park, true);
        park.verified(Instant.now());
        ParkView after = view(park, true);
        audit.record("park", id, AuditAction.UPDATE, before, after);
        events.publishEvent(new ParkChanged(id)); // the matching index weighs how recently a park's figures were checked
        return after;
    }

    @Transactional
    public void deletePark(long id) {
        Park park = editable(id, "delete");
        park.delete();
        audit.record("park", id, AuditAction.DELETE, null, null);
        events.publishEvent(new ParkChanged(id));
    }

    @Transactional
    public ParkView restorePark(long id) {
        Park park = parks.findById(id).orElseThrow(() -> new NotFound("park", id));
        Actor actor = currentActor.require("restore", "park " + id);
        if (!mayEdit(actor, park)) {
            throw new Forbidden("restore", "park " + id);
        }
        park.restore();
        audit.record("park", id, AuditAction.RESTORE, null, null);
        events.publishEvent(new ParkChanged(id));
        return view(park, true);
    }

    private void apply(Park park, ParkForm form) {
        RegionView region = regions.require(form.regionCode());
        Park coBuilt = null;
        if (form.coBuiltWithId() != null) {
            coBuilt = parks.findById(form.coBuiltWithId()).filter(p -> !p.isDeleted())
                    .orElseThrow(() -> InvalidInput.coded("coBuiltWithId", "error.unknownPark", "unknown park id " + form.coBuiltWithId(),
                            form.coBuiltWithId()));
            if (park.id() != null && coBuilt.id().equals(park.id())) {
                throw InvalidInput.coded("coBuiltWithId", "error.coBuiltSelf", "a park cannot be co-built with itself");
            }
        }
        park.apply(form, region.longitude(), region.latitude(), coBuilt);
    }

    // ---------------------------------------------------------------- opportunities

    @Override
    @Transactional
    public OpportunityView createOpportunity(OpportunityForm form) {
        rules.check(form).throwIfInvalid();
        Park park = editable(form.parkId(), "publish an opportunity in");
        Opportunity opportunity = new Opportunity(park, false);
        opportunity.apply(form, segmentText(form.nodeId()));
        opportunity.verified(Instant.now());
        opportunity = opportunities.saveAndFlush(opportunity);
        OpportunityView after = view(opportunity);
        audit.record("opportunity", opportunity.id(), AuditAction.CREATE, null, after);
        events.publishEvent(new ParkChanged(park.id()));
        return after;
    }

    @Transactional
    public OpportunityView updateOpportunity(long id, OpportunityForm form) {
        return updateOpportunity(id, form, null);
    }

    /** {@link #updateOpportunity(long, OpportunityForm)} of a form opened on {@code expectedVersion} (null: no check). */
    @Transactional
    public OpportunityView updateOpportunity(long id, OpportunityForm form, Long expectedVersion) {
        Opportunity opportunity = liveOpportunity(id);
        org.chainatlas.platform.Versions.require("opportunity " + opportunity.titleZh(), expectedVersion, opportunity.version());
        rules.check(form).throwIfInvalid();
        editable(opportunity.park().id(), "edit opportunities of");
        if (!form.parkId().equals(opportunity.park().id())) {
            throw InvalidInput.coded("parkId", "error.opportunityPark", "an opportunity cannot move to another park");
        }
        OpportunityView before = view(opportunity);
        opportunity.apply(form, segmentText(form.nodeId()));
        opportunity.verified(Instant.now());
        opportunities.flush();
        OpportunityView after = view(opportunity);
        audit.record("opportunity", id, AuditAction.UPDATE, before, after);
        events.publishEvent(new ParkChanged(opportunity.park().id()));
        return after;
    }

    @Transactional
    public void deleteOpportunity(long id) {
        Opportunity opportunity = liveOpportunity(id);
        editable(opportunity.park().id(), "delete opportunities of");
        opportunity.delete();
        audit.record("opportunity", id, AuditAction.DELETE, null, null);
        events.publishEvent(new ParkChanged(opportunity.park().id()));
    }

    private String segmentText(long nodeId) {
        ChainNodeView node = chains.requireNode(nodeId);
        List<String> words = new ArrayList<>();
        words.add(node.nameZh());
        words.addAll(node.keywords());
        chains.find(node.chainCode()).ifPresent(c -> words.add(c.nameZh()));
        String text = String.join(" ", words);
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    // ---------------------------------------------------------------- reads

    private Park livePark(long id) {
        return parks.findById(id).filter(p -> !p.isDeleted()).orElseThrow(() -> new NotFound("park", id));
    }

    private Opportunity liveOpportunity(long id) {
        return opportunities.findById(id).filter(o -> !o.deleted() && !o.park().isDeleted())
                .orElseThrow(() -> new NotFound("opportunity", id));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ParkView> find(long id) {
        return parks.findById(id).filter(p -> !p.isDeleted()).map(p -> view(p, currentActor.get().isPresent()));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> namesZh(java.util.Collection<Long> ids) {
        return org.chainatlas.platform.data.NamesById.read(jdbc, "park", "name_zh", "t.deleted_at is null", ids);
    }

    @Override
    @Transactional(readOnly = true)
    public ParkView require(long id) {
        return find(id).orElseThrow(() -> new NotFound("park", id));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OpportunityView> opportunity(long id) {
        return opportunities.findById(id).filter(o -> !o.deleted() && !o.park().isDeleted()).map(this::view);
    }

    @Transactional(readOnly = true)
    public List<OpportunityView> opportunitiesOf(long parkId) {
        return opportunities.findByParkIdOrderByIdAsc(parkId).stream().filter(o -> !o.deleted()).map(this::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ParkView> parksIn(String regionCode) {
        String prefix = Actor.prefixOf(regionCode);
        return parks.findByRegionCodeStartingWithOrderByIdAsc(prefix == null ? "" : prefix).stream()
                .filter(p -> !p.isDeleted()).map(p -> view(p, false)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ParkView> named(String nameZh) {
        return parks.findByNameZhOrderByIdAsc(nameZh).stream().filter(p -> !p.isDeleted()).map(p -> view(p, false)).toList();
    }

    /** The name of a park for its history page, also when it is removed. */
    @Transactional(readOnly = true)
    public String historyTitle(long id) {
        return parks.findById(id).map(Park::nameZh).orElseThrow(() -> new NotFound("park", id));
    }

    @Override
    public long count() {
        // removed parks are not counted: the home page said 2548 where the park list showed 2547
        Long count = jdbc.queryForObject("select count(*) from park where deleted_at is null", Long.class);
        return count == null ? 0 : count;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean holdsGenerated() {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from park where demo = true and deleted_at is null)", Boolean.class));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Long> countsByRegion(String regionCode) {
        String prefix = Actor.prefixOf(regionCode);
        Map<String, Long> counts = new java.util.HashMap<>();
        jdbc.query("select region_code, count(*) from park where deleted_at is null and region_code like ? group by region_code",
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                }, (prefix == null ? "" : prefix) + "%");
        return counts;
    }

    @Override
    @Transactional(readOnly = true)
    public PageView<OpportunityView> opportunities(OpportunityFilter filter) {
        int size = Math.max(1, Math.min(filter.size(), 200));
        int page = Math.max(0, filter.page());
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Opportunity> query = cb.createQuery(Opportunity.class);
        Root<Opportunity> root = query.from(Opportunity.class);
        Join<Opportunity, Park> park = root.join("park");
        query.select(root).where(predicates(filter, cb, root, park));
        Instant cutoff = Instant.now().minus(Park.STALE_AFTER);
        Expression<Integer> stale = cb.<Integer>selectCase().when(cb.isTrue(root.<Boolean>get("demo")), 0)
                .when(cb.greaterThanOrEqualTo(root.<Instant>get("lastVerifiedAt"), cutoff), 0).otherwise(1);
        List<Order> order = new ArrayList<>();
        order.add(cb.asc(stale));
        OpportunityFilter.Sort sort = filter.sort() == null ? OpportunityFilter.Sort.VERIFIED : filter.sort();
        switch (sort) {
            case INVESTMENT_DESC -> order.add(cb.desc(cb.coalesce(root.<Long>get("investmentSoughtCny"), 0L)));
            case INVESTMENT_ASC -> order.add(cb.asc(cb.coalesce(root.<Long>get("investmentSoughtCny"), Long.MAX_VALUE)));
            case LAND_DESC -> order.add(cb.desc(cb.coalesce(park.<java.math.BigDecimal>get("availableLandMu"),
                    java.math.BigDecimal.ZERO)));
            case NEWEST -> order.add(cb.desc(root.get("createdAt")));
            case VERIFIED -> order.add(cb.desc(cb.coalesce(root.<Instant>get("lastVerifiedAt"), Instant.EPOCH)));
        }
        order.add(cb.asc(root.get("id")));
        query.orderBy(order);
        TypedQuery<Opportunity> typed = entityManager.createQuery(query).setFirstResult(PageView.offset(page, size)).setMaxResults(size);
        List<OpportunityView> content = typed.getResultList().stream().map(this::view).toList();

        CriteriaQuery<Long> countQuery = cb.createQuery(Long.class);
        Root<Opportunity> countRoot = countQuery.from(Opportunity.class);
        Join<Opportunity, Park> countPark = countRoot.join("park");
        countQuery.select(cb.count(countRoot)).where(predicates(filter, cb, countRoot, countPark));
        long total = entityManager.createQuery(countQuery).getSingleResult();
        return new PageView<>(content, page, size, total, (int) ((total + size - 1) / size));
    }

    private Predicate[] predicates(OpportunityFilter filter, CriteriaBuilder cb, Root<Opportunity> root,
            Join<Opportunity, Park> park) {
        List<Predicate> where = new ArrayList<>();
        where.add(cb.isNull(root.get("deletedAt")));
        where.add(cb.isNull(park.get("deletedAt")));
        String prefix = Actor.prefixOf(filter.regionCode());
        if (prefix != null) {
            where.add(cb.like(park.get("regionCode"), prefix + "%"));
        }
        if (filter.chainCode() != null && !filter.chainCode().isBlank()) {
            List<Long> ids = chains.find(filter.chainCode()).isPresent()
                    ? chains.nodes(filter.chainCode()).stream().map(ChainNodeView::id).toList() : List.of(-1L);
            where.add(root.get("nodeId").in(ids));
        }
        if (filter.nodeId() != null) {
            where.add(cb.equal(root.get("nodeId"), filter.nodeId()));
        }
        if (filter.parkKind() != null) {
            where.add(cb.equal(park.get("kind"), filter.parkKind()));
        }
        if (filter.minAvailableLandMu() != null) {
            where.add(cb.greaterThanOrEqualTo(park.get("availableLandMu"),
                    java.math.BigDecimal.valueOf(filter.minAvailableLandMu())));
        }
        if (filter.minInvestmentCny() != null) {
            where.add(cb.greaterThanOrEqualTo(root.get("investmentSoughtCny"), filter.minInvestmentCny()));
        }
        if (filter.maxInvestmentCny() != null) {
            where.add(cb.lessThanOrEqualTo(root.get("investmentSoughtCny"), filter.maxInvestmentCny()));
        }
        List<OpportunityStatus> statuses = filter.statuses() == null || filter.statuses().isEmpty()
                ? List.of(OpportunityStatus.OPEN, OpportunityStatus.NEGOTIATING) : filter.statuses();
        where.add(root.get("status").in(statuses));
        return where.toArray(Predicate[]::new);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> regionOfPark(long parkId) {
        return parks.findById(parkId).filter(p -> !p.isDeleted()).map(Park::regionCode);
    }

    @Override
    @Transactional(readOnly = true)
    public void scanParks(Consumer<ParkView> consumer) {
        Map<Long, List<ParkView.Industry>> industries = allIndustries();
        entityManager.createQuery("select p from Park p where p.deletedAt is null order by p.id", Park.class)
                .getResultStream().forEach(p -> consumer.accept(view(p, false, industries.getOrDefault(p.id(), List.of()))));
    }

    @Override
    @Transactional(readOnly = true)
    public void scanOpenOpportunities(Consumer<OpportunityView> consumer) {
        scanOpenOpportunities(null, consumer);
    }

    @Override
    @Transactional(readOnly = true)
    public void scanOpenOpportunities(java.util.Collection<Long> parkIds, Consumer<OpportunityView> consumer) {
        if (parkIds != null && parkIds.isEmpty()) {
            return;
        }
        var query = entityManager.createQuery("""
                select o from Opportunity o join fetch o.park p
                where o.deletedAt is null and p.deletedAt is null and o.status in :statuses"""
                + (parkIds == null ? "" : " and p.id in :parks") + " order by o.id", Opportunity.class)
                .setParameter("statuses", Set.of(OpportunityStatus.OPEN, OpportunityStatus.NEGOTIATING));
        if (parkIds != null) {
            query.setParameter("parks", parkIds);
        }
        query.getResultStream().forEach(o -> consumer.accept(view(o)));
    }

    @Override
    public PageView<ParkHit> search(String text, String regionCode, String chainCode, int page, int size) {
        return searchIndex.search(text, regionCode, chainCode, page, size);
    }

    // ---------------------------------------------------------------- views

    ParkView view(Park p, boolean withContact) {
        return view(p, withContact, industries(p.id()));
    }

    ParkView view(Park p, boolean withContact, List<ParkView.Industry> industries) {
        Instant now = Instant.now();
        Park co = p.coBuiltWith();
        return new ParkView(p.id(), p.nameZh(), p.nameEn(), p.kind(), p.regionCode(), p.longitude(), p.latitude(),
                p.approximateLocation(), p.plannedLandMu(), p.availableLandMu(), p.landPriceCnyPerMu(),
                p.electricityCnyPerKwh(), p.waterCnyPerT(), p.gasCnyPerM3(), p.wageCnyPerMonth(), p.policiesZh(),
                co == null ? null : co.id(), co == null ? null : co.nameZh(), p.coBuiltNote(),
                withContact ? new ParkView.Contact(p.contactName(), p.contactPhone(), p.contactEmail()) : null,
                p.devZoneName(), p.chainCodes(), p.nodeIds(), p.demo(), p.lastVerifiedAt(), p.stale(now), p.createdAt(),
                p.updatedAt(), p.locationPrecision(), p.locationNote(), p.locationNoteEn(), p.catalogue(), industries, p.version());
    }

    /** What the park's leading industries say about chains and segments, best first. */
    List<ParkView.Industry> industries(long parkId) {
        return jdbc.query("select phrase, chain_code, node_id, confidence from park_industry where park_id = ? order by confidence desc, id",
                (rs, i) -> new ParkView.Industry(rs.getString(1), rs.getString(2), (Long) rs.getObject(3, Long.class),
                        rs.getDouble(4)), parkId);
    }

    /** Industries of every park, in one query (for scans). */
    Map<Long, List<ParkView.Industry>> allIndustries() {
        Map<Long, List<ParkView.Industry>> all = new HashMap<>();
        jdbc.query("select park_id, phrase, chain_code, node_id, confidence from park_industry order by park_id, confidence desc, id",
                rs -> {
                    all.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new ParkView.Industry(rs.getString(2),
                            rs.getString(3), (Long) rs.getObject(4, Long.class), rs.getDouble(5)));
                });
        return all;
    }

    OpportunityView view(Opportunity o) {
        Park p = o.park();
        ChainNodeView node = chains.node(o.nodeId()).orElse(null);
        return new OpportunityView(o.id(), p.id(), p.nameZh(), p.kind(), p.regionCode(), p.availableLandMu(), o.titleZh(),
                o.titleEn(), o.nodeId(), node == null ? null : node.chainCode(), node == null ? null : node.nameZh(),
                o.investmentSoughtCny(), o.landMu(), o.cooperationMode(), o.descriptionZh(), o.status(), o.demo(),
                o.lastVerifiedAt(), o.stale(Instant.now()), o.createdAt(), o.updatedAt(), o.version());
    }
}
