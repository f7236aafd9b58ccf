package org.chainatlas.matching.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.chainatlas.enterprise.EnterpriseCatalog;
import org.chainatlas.enterprise.EnterpriseChanged;
import org.chainatlas.enterprise.EnterprisesRegistered;
import org.chainatlas.enterprise.LocatedSegment;
import org.chainatlas.park.ParkCatalog;
import org.chainatlas.park.ParkChanged;
import org.chainatlas.region.Regions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

import jakarta.annotation.PreDestroy;

/**
 * Builds the matching index at start and keeps it current: an enterprise change is applied by difference
 * (its old segments out, its new ones in), a change of needs or parks reloads just those, a bulk load
 * rebuilds the whole index and swaps it in.
 */
@Component
@Order(60)
class IndexKeeper implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IndexKeeper.class);

    private final EnterpriseCatalog enterprises;
    private final ParkCatalog parks;
    private final Regions regions;
    private final ChangeLog changeLog;
    private volatile MatchingIndex index;
    /** The change log's last sequence number when the current index began to be built: it follows from there. */
    private volatile long builtFrom;

    /** Reads a changed park and its opportunities in one read-only transaction: one pooled connection, taken once. */
    private final TransactionTemplate reads;

    /** The transaction's persistence context (a shared proxy), flushed before a changed park is read in it. */
    @jakarta.persistence.PersistenceContext
    private jakarta.persistence.EntityManager entityManager;

    IndexKeeper(EnterpriseCatalog enterprises, ParkCatalog parks, Regions regions, ChangeLog changeLog,
            PlatformTransactionManager transactions) {
        this.reads = new TransactionTemplate(transactions);
        this.reads.setReadOnly(true);
        this.enterprises = enterprises;
        this.parks = parks;
        this.regions = regions;
        this.changeLog = changeLog;
    }

    /** Whether the index has been built (a follower waits until it is). */
    boolean built() {
        return index != null;
    }

    long builtFrom() {
        return builtFrom;
    }

    @Override
    public void run(ApplicationArguments args) {
        current();
    }

    MatchingIndex current() {
        MatchingIndex current = index;
        if (current == null) {
            synchronized (this) {
                if (index == null) {
                    index = build();
                }
                current = index;
            }
        }
        return current;
    }

    /** Builds a complete index from the database. */
    MatchingIndex build() {
        long started = System.nanoTime();
        builtFrom = changeLog.lastSeq();
        MatchingIndex fresh = new MatchingIndex(regions.all());
        fresh.write(() -> {
            enterprises.scanSegments(fresh::add);
            enterprises.scanOpenNeeds(n -> fresh.addNeed(new MatchingIndex.NeedRow(n.id(), n.enterpriseId(), n.kind(),
                    n.nodeId(), n.chainCode(), n.preferredProvinces())));
        });
        loadParks(fresh);
        org.chainatlas.platform.demo.Progress.record("matching index", (System.nanoTime() - started) / 1e9);
        log.info("Matching index: {} located segments, {} parks in {} ms", fresh.segmentRows(), fresh.parks().size(),
                (System.nanoTime() - started) / 1_000_000);
        return fresh;
    }

    private void loadParks(MatchingIndex target) {
        List<MatchingIndex.ParkRow> rows = new ArrayList<>();
        Instant now = Instant.now();
        parks.scanParks(p -> {
            MatchingIndex.ParkRow row = row(target, p, now);
            if (row != null) {
                rows.add(row);
            }
        });
        target.parks(rows, openOpportunityNodes(null));
    }

    /**
     * The segments of the open opportunities of some parks (null: of every park), by park. A demo project (（演示）, invented
     * for the demo) is left out: no zone published it, and a recommendation must not say it did.
     */
    private Map<Long, Set<Long>> openOpportunityNodes(java.util.Collection<Long> parkIds) {
        Map<Long, Set<Long>> opportunities = new HashMap<>();
        parks.scanOpenOpportunities(parkIds, o -> {
            if (!o.demo()) {
                opportunities.computeIfAbsent(o.parkId(), k -> new HashSet<>()).add(o.nodeId());
            }
        });
        return opportunities;
    }

    /** A park as the index keeps it; null when its region is unknown. */
    private static MatchingIndex.ParkRow row(MatchingIndex target, org.chainatlas.park.ParkView p, Instant now) {
        int region = target.region(p.regionCode());
        if (region < 0) {
            return null;
        }
        long days = p.lastVerifiedAt() == null ? 10_000 : Duration.between(p.lastVerifiedAt(), now).toDays();
        boolean national = p.kind() == org.chainatlas.park.ParkKind.ETDZ || p.kind() == org.chainatlas.park.ParkKind.HTZ
                || p.kind() == org.chainatlas.park.ParkKind.CUSTOMS || p.kind() == org.chainatlas.park.ParkKind.BORDER
                || (p.catalogue() != null && p.catalogue().national());
        return new MatchingIndex.ParkRow(p.id(), p.nameZh(), p.regionCode(), region, p.longitude(), p.latitude(),
                p.availableLandMu(), p.landPriceCnyPerMu(), p.electricityCnyPerKwh(), p.wageCnyPerMonth(),
                new HashSet<>(p.chainCodes()), new HashSet<>(p.nodeIds()), !p.stale(), days, national,
                !national && p.kind() == org.chainatlas.park.ParkKind.PROVINCIAL,
                p.catalogue() == null ? null : p.catalogue().approvedAreaHa(), !p.approximateLocation(),
                p.catalogue() == null ? null : p.catalogue().code(),
                p.catalogue() == null ? null : p.catalogue().leadingIndustriesZh(), p.industries());
    }

    /** Reloads some parks (gone when deleted) with their open opportunities. */
    void reloadParks(java.util.Collection<Long> parkIds) {
        MatchingIndex current = index;
        if (current == null || parkIds.isEmpty()) {
            return;
        }
        Map<Long, MatchingIndex.ParkRow> rows = new HashMap<>();
        Map<Long, Set<Long>> opportunities = new HashMap<>();
        reads.executeWithoutResult(status -> {
            for (long id : parkIds) {
                var view = parks.find(id);
                rows.put(id, view.map(p -> row(current, p, Instant.now())).orElse(null));
                appliedVersions.put(id, view.map(org.chainatlas.park.ParkView::version).orElse(GONE));
            }
            opportunities.putAll(openOpportunityNodes(parkIds));
        });
        current.replaceParks(rows, opportunities);
    }

    // ---------------------------------------------------------------- changes made here

    /**
     * Index maintenance runs on one thread of its own, in the order of the changes: a listener that read the database
     * on the request's thread after the commit would take a second pooled connection while the request still holds its
     * first (the transaction's resources are released only after the listeners), and enough concurrent writes then
     * wait on each other until the pool times out (seen under 64 connections: every write timed out). The request
     * waits for its own maintenance when it completes ({@link IndexSettling}), without holding a connection, so the
     * next request of the same user sees its change.
     */
    private final ExecutorService maintenance = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "matching-index");
        t.setDaemon(true);
        return t;
    });
    private static final ThreadLocal<Future<?>> LAST = new ThreadLocal<>();
    private final AtomicBoolean parksDirty = new AtomicBoolean();
    private final Set<Long> dirtyParks = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * Runs {@code work} once the current transaction has committed (at once without one). Not a
     * {@code @TransactionalEventListener}: Spring Modulith wraps every after-commit listener to record its completion in
     * a transaction of its own, so each write took a second and a third pooled connection while its request still held
     * the first — under 64 connections all ten were soon held by requests waiting for another, until the pool's 30 s
     * timeout (docs/BENCHMARKS.md, "Pages and API under load"). The index is in memory and rebuilt at start; the durable
     * record of a change is the change-log row written before the commit ({@link ChangeLog}), not an event publication.
     */
    static void afterCommit(Runnable work) {
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.isActualTransactionActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    work.run();
                }
            });
        } else {
            work.run();
        }
    }

    private void maintain(Runnable work) {
        LAST.set(maintenance.submit(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                log.error("Matching index maintenance failed; rebuilding the index", e);
                index = build();
            }
        }));
    }

    /** Waits (at most {@code timeout}) until the index maintenance this thread asked for is done. */
    static void awaitMine(Duration timeout) {
        Future<?> last = LAST.get();
        if (last == null) {
            return;
        }
        LAST.remove();
        try {
            last.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Matching index maintenance not done after {}: {}", timeout, e.toString());
        }
    }

    /** Waits until every maintenance asked for so far is done (at start, after the data loads). */
    void settle() {
        maintain(() -> { });
        awaitMine(Duration.ofMinutes(10));
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        settle();
    }

    @PreDestroy
    void stop() {
        maintenance.shutdownNow();
    }

    @EventListener
    void on(EnterpriseChanged event) {
        afterCommit(() -> {
            if (index != null) {
                maintain(() -> apply(event));
            }
        });
    }

    /** A batch of new enterprises: their places added at once. */
    @EventListener
    void on(EnterprisesRegistered event) {
        afterCommit(() -> {
            if (index != null) {
                maintain(() -> {
                    MatchingIndex current = index;
                    if (current != null) {
                        current.write(() -> event.places().forEach(current::add));
                    }
                });
            }
        });
    }

    private void apply(EnterpriseChanged event) {
        MatchingIndex current = index;
        if (current == null) {
            return;
        }
        switch (event.kind()) {
            case BULK_LOADED -> index = build();
            case NEEDS_CHANGED -> refreshNeeds(event.enterpriseId());
            default -> {
                List<MatchingIndex.NeedRow> rows = event.kind() == EnterpriseChanged.Kind.RESTORED
                        ? openNeeds(event.enterpriseId()) : List.of();
                current.write(() -> {
                    for (LocatedSegment s : event.before()) {
                        current.remove(s);
                    }
                    for (LocatedSegment s : event.after()) {
                        current.add(s);
                    }
                    if (event.kind() == EnterpriseChanged.Kind.DELETED || event.kind() == EnterpriseChanged.Kind.RESTORED) {
                        current.replaceNeeds(event.enterpriseId(), rows);
                    }
                });
            }
        }
    }

    // ---------------------------------------------------------------- changes made on other nodes

    /** Rebuilds the whole index and swaps it in (a bulk load on another node, or a change too large to follow). */
    void rebuild() {
        index = build();
    }

    /** Reloads the parks and their open opportunities. */
    void reloadParks() {
        MatchingIndex current = index;
        if (current != null) {
            loadParks(current);
        }
    }

    /**
     * Brings one enterprise to what the database says now: its points at the logged places (where it was and is, as the
     * node that changed it saw them) and at its current places are cleared, then its current places added, and its
     * open needs reloaded. Applying a change twice, or two changes out of order, ends in the same state.
     */
    void refreshEnterprise(long enterpriseId, List<ChangeLog.Place> logged) {
        MatchingIndex current = index;
        if (current == null) {
            return;
        }
        List<LocatedSegment> now = new ArrayList<>();
        enterprises.scanSegmentsOf(enterpriseId, now::add);
        List<MatchingIndex.NeedRow> needs = openNeeds(enterpriseId);
        current.write(() -> {
            current.refresh(enterpriseId, logged, now);
            current.replaceNeeds(enterpriseId, needs);
        });
    }

    /** Brings many enterprises to their current state (a batch registered on another node), read in one query. */
    void refreshEnterprises(java.util.Collection<Long> enterpriseIds) {
        MatchingIndex current = index;
        if (current == null || enterpriseIds.isEmpty()) {
            return;
        }
        Map<Long, List<LocatedSegment>> now = new HashMap<>();
        enterpriseIds.forEach(id -> now.put(id, new ArrayList<>()));
        enterprises.scanSegmentsOf(enterpriseIds, s -> now.get(s.enterpriseId()).add(s));
        current.write(() -> now.forEach((id, places) -> current.refresh(id, List.of(), places)));
    }

    /** Reloads the open needs of one enterprise. */
    void refreshNeeds(long enterpriseId) {
        MatchingIndex current = index;
        if (current == null) {
            return;
        }
        List<MatchingIndex.NeedRow> rows = openNeeds(enterpriseId);
        current.write(() -> current.replaceNeeds(enterpriseId, rows));
    }

    private List<MatchingIndex.NeedRow> openNeeds(long enterpriseId) {
        List<MatchingIndex.NeedRow> rows = new ArrayList<>();
        enterprises.scanOpenNeedsOf(enterpriseId, n -> rows.add(new MatchingIndex.NeedRow(n.id(), n.enterpriseId(), n.kind(),
                n.nodeId(), n.chainCode(), n.preferredProvinces())));
        return rows;
    }

    /**
     * A changed park is reloaded alone; a bulk change (park 0) reloads them all, once for however many are waiting. A park
     * changed in a transaction is read on that transaction's own connection just before its commit, so that the
     * maintenance thread applies it without taking a pooled connection: under 64 connections it had waited ~80 ms for one
     * per batch behind the requests, and every write waited for it (docs/BENCHMARKS.md). Should that read fail, the park
     * is read after the commit as before.
     */
    @EventListener
    void on(ParkChanged event) {
        if (event.parkId() != 0 && index != null && TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.isActualTransactionActive()) {
            long id = event.parkId();
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                private ReadPark read;

                @Override
                public void beforeCommit(boolean readOnly) {
                    try {
                        // the transaction's changes written first: the park's version is then the one it commits
                        entityManager.flush();
                        read = readPark(id);
                    } catch (RuntimeException e) {
                        log.debug("Park {} not read before its commit; read after it: {}", id, e.toString());
                    }
                }

                @Override
                public void afterCommit() {
                    if (index == null) {
                        return;
                    }
                    if (read != null) {
                        readBeforeCommit.merge(id, read, (a, b) -> b.version() >= a.version() ? b : a);
                    }
                    dirtyParks.add(id);
                    maintain(IndexKeeper.this::reloadDirtyParks);
                }
            });
            return;
        }
        afterCommit(() -> {
            if (index == null) {
                return;
            }
            if (event.parkId() == 0) {
                parksDirty.set(true);
            } else {
                dirtyParks.add(event.parkId());
            }
            maintain(this::reloadDirtyParks);
        });
    }

    private void reloadDirtyParks() {
        if (parksDirty.getAndSet(false)) {
            dirtyParks.clear();
            readBeforeCommit.clear();
            reloadParks();
            return;
        }
        List<Long> ids = List.copyOf(dirtyParks);
        dirtyParks.removeAll(ids);
        MatchingIndex current = index;
        if (current == null || ids.isEmpty()) {
            return;
        }
        Map<Long, MatchingIndex.ParkRow> rows = new HashMap<>();
        Map<Long, Set<Long>> opportunities = new HashMap<>();
        List<Long> toRead = new ArrayList<>();
        for (long id : ids) {
            ReadPark read = readBeforeCommit.remove(id);
            long applied = appliedVersions.getOrDefault(id, Long.MIN_VALUE);
            // a row read before an older commit than one applied already is stale (two writes of one park commit in the
            // order of their row lock, but their after-commit work may run the other way round); after a deletion
            // (GONE) only the database says whether the park came back
            if (read != null && read.version() >= applied) {
                rows.put(id, read.row());
                if (!read.opportunities().isEmpty()) {
                    opportunities.put(id, read.opportunities());
                }
                appliedVersions.put(id, read.version());
            } else if (read == null || applied == GONE) {
                toRead.add(id);
            }
        }
        if (!rows.isEmpty()) {
            current.replaceParks(rows, opportunities);
        }
        if (!toRead.isEmpty()) {
            parksReadAfterCommit.addAndGet(toRead.size());
            reloadParks(toRead);
        }
    }

    /** A changed park as read inside its writing transaction (row null: gone, or in no known region). */
    record ReadPark(MatchingIndex.ParkRow row, Set<Long> opportunities, long version) {
    }

    private final Map<Long, ReadPark> readBeforeCommit = new java.util.concurrent.ConcurrentHashMap<>();
    /** The version of each park last applied from a read (GONE: deleted); a deleted park's version is not read. */
    private final Map<Long, Long> appliedVersions = new java.util.concurrent.ConcurrentHashMap<>();
    private static final long GONE = Long.MAX_VALUE;
    /** How many changed parks the maintenance thread had to read itself, after their commit (for tests). */
    final java.util.concurrent.atomic.AtomicLong parksReadAfterCommit = new java.util.concurrent.atomic.AtomicLong();

    private ReadPark readPark(long id) {
        MatchingIndex current = index;
        return parks.find(id).map(p -> new ReadPark(row(current, p, Instant.now()),
                        Set.copyOf(openOpportunityNodes(List.of(id)).getOrDefault(id, Set.of())), p.version()))
                .orElseGet(() -> new ReadPark(null, Set.of(), GONE));
    }
}
