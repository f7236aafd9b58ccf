package org.chainatlas.audit.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.chainatlas.audit.AuditAction;
import org.chainatlas.audit.AuditEntryView;
import org.chainatlas.audit.AuditEntryView.Change;
import org.chainatlas.audit.AuditTrail;
import org.chainatlas.platform.data.BulkInsert;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores each change as the list of fields whose values differ, in JSON, with the acting user; a creation as the new
 * record's snapshot, read back as the list of its fields from nothing.
 */
@Service
class StoredAuditTrail implements AuditTrail {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Change>> CHANGES = new TypeReference<>() {
    };

    private static final List<String> COLUMNS = List.of("entity_type", "entity_id", "action", "actor", "at", "changes");

    private final AuditEntries entries;
    private final DataSource dataSource;

    StoredAuditTrail(AuditEntries entries, DataSource dataSource) {
        this.entries = entries;
        this.dataSource = dataSource;
    }

    /** The signed-in user's name, or "system" for start-up loads and anonymous flows. */
    private static String actor() {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated()
                || authentication instanceof org.springframework.security.authentication.AnonymousAuthenticationToken
                ? "system" : authentication.getName();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String entityType, long entityId, AuditAction action, Object before, Object after) {
        String changes = changes(action, before, after);
        if (changes != null) {
            entries.save(new AuditEntry(entityType, entityId, action, actor(), changes));
        }
    }

    /** The changed fields as stored (JSON), or null when an update changed nothing (no entry is written then). */
    static String changes(AuditAction action, Object before, Object after) {
        if (before == null && after != null) {
            return created(after);
        }
        List<Change> changes = diff(flatten(before), flatten(after));
        return action == AuditAction.UPDATE && changes.isEmpty() ? null : JSON.writeValueAsString(changes);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(String entityType, AuditAction action, List<Entry> list) {
        String actor = actor();
        Instant at = Instant.now();
        try (BulkInsert rows = new BulkInsert(dataSource, "audit_entry", COLUMNS, 1_000)) {
            for (Entry e : list) {
                String changes = changes(action, e.before(), e.after());
                if (changes != null) {
                    rows.add(entityType, e.entityId(), action.name(), actor, at, changes);
                }
            }
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntryView> history(String entityType, long entityId) {
        return entries.findByEntityTypeAndEntityIdOrderByIdAsc(entityType, entityId).stream()
                .map(e -> new AuditEntryView(e.id(), e.entityType(), e.entityId(), e.action(), e.actor(), e.at(),
                        read(e.changes())))
                .toList();
    }

    /**
     * A new record is stored as its snapshot (a JSON object, written in one pass: building the list of changes at
     * write time took most of an import's audit time) and read back as its changes from nothing — every field that
     * has a value, in field order, as {@link #diff} of an empty snapshot against it (tested). Numbers read back as the
     * doubles and longs snapshots hold (1.5E9 as 1.5E9); a BigDecimal would read back as the double it is closest to.
     * Entries stored in the earlier form (a list) read as they are; code older than this form cannot read the new one.
     */
    static String created(Object snapshot) {
        return JSON.writeValueAsString(snapshot);
    }

    /** The changes stored in an entry: a list of changes, or the snapshot of a creation (an object). */
    static List<Change> read(String stored) {
        if (stored == null) {
            return List.of();
        }
        if (!stored.strip().startsWith("{")) {
            return JSON.readValue(stored, CHANGES);
        }
        JsonNode tree = JSON.readTree(stored);
        TreeMap<String, String> fields = new TreeMap<>();
        for (Map.Entry<String, JsonNode> field : tree.properties()) {
            String value = text(field.getValue());
            if (value != null) {
                fields.put(field.getKey(), value);
            }
        }
        List<Change> changes = new ArrayList<>(fields.size());
        fields.forEach((field, value) -> changes.add(new Change(field, null, value)));
        return changes;
    }

    /** A snapshot's value as the text a change shows: strings as they are, nested values as JSON, null for none. */
    private static String text(JsonNode value) {
        return value == null || value.isNull() ? null
                : value.isString() ? value.stringValue()
                : value.isNumber() || value.isBoolean() ? value.asString()
                : JSON.writeValueAsString(value);
    }

    /** A snapshot as field → text, nested values written as JSON (one tree per snapshot, not a map read back). */
    static Map<String, String> flatten(Object snapshot) {
        Map<String, String> result = new LinkedHashMap<>();
        if (snapshot == null) {
            return result;
        }
        JsonNode tree = JSON.valueToTree(snapshot);
        for (Map.Entry<String, JsonNode> field : tree.properties()) {
            result.put(field.getKey(), text(field.getValue()));
        }
        return result;
    }

    static List<Change> diff(Map<String, String> before, Map<String, String> after) {
        List<Change> changes = new ArrayList<>();
        for (String field : new TreeSet<>(union(before, after))) {
            String old = before.get(field);
            String now = after.get(field);
            if (!Objects.equals(old, now)) {
                changes.add(new Change(field, old, now));
            }
        }
        return changes;
    }

    private static List<String> union(Map<String, String> a, Map<String, String> b) {
        List<String> keys = new ArrayList<>(a.keySet());
        b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(keys::add);
        return keys;
    }
}
