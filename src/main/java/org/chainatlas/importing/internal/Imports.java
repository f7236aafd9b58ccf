package org.chainatlas.importing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;

import org.apache.poi.ss.util.CellReference;
import org.chainatlas.account.Actor;
import org.chainatlas.account.CurrentActor;
import org.chainatlas.account.Role;
import org.chainatlas.importing.ImportJobView;
import org.chainatlas.importing.ImportKind;
import org.chainatlas.importing.ImportMode;
import org.chainatlas.platform.Forbidden;
import org.chainatlas.platform.InvalidInput;
import org.chainatlas.platform.NotFound;
import org.chainatlas.platform.export.Workbooks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.persistence.EntityManager;

/**
 * Runs imports in the background, streaming the uploaded file. Every row is parsed and checked (cells, the module's
 * rules and rights, uniqueness in the database and within the file) in chunks of 500. With GOOD_ROWS that is one
 * pass: the good rows of each chunk are stored at once in their own transaction, through the module's bulk path where
 * it has one (a chunk that fails at store time is retried row by row so that only the failing row is reported). With
 * ALL_OR_NOTHING a first pass checks everything and counts the bad rows; nothing is stored when any row is bad,
 * otherwise a second pass stores every row in one transaction. A row is stored whole or not at all. Errors go to an
 * Excel error file: row, column, header, value, reason.
 */
@Service
public class Imports {

    private static final Logger log = LoggerFactory.getLogger(Imports.class);
    static final int BATCH = 500;
    /** Where uploads wait for their import; emptied of leftovers at start ({@link StuckImports}). */
    static final Path UPLOADS = Path.of(System.getProperty("java.io.tmpdir"), "chainatlas-imports");
    static final String BUSY = "the import queue is full; try again in a few minutes";
    static final int MAX_LISTED_ERRORS = 100_000;

    private final Map<ImportKind, RowImporter<?>> importers = new EnumMap<>(ImportKind.class);
    private final JdbcTemplate jdbc;
    private final org.chainatlas.platform.files.FileStore files;
    private final TransactionTemplate tx;
    private final TransactionTemplate readTx;
    private final TransactionTemplate ownTx;
    private final EntityManager em;
    private final Executor executor;
    private final CurrentActor currentActor;
    private final MessageSource messages;
    /** For the benchmark's baseline only: check and store row by row, as imports did before the bulk path. */
    volatile boolean rowByRow;

    Imports(List<RowImporter<?>> all, JdbcTemplate jdbc, PlatformTransactionManager transactions, EntityManager em,
            @Qualifier("importExecutor") Executor executor, CurrentActor currentActor, MessageSource messages,
            org.chainatlas.platform.files.FileStore files) {
        all.forEach(i -> importers.put(i.kind(), i));
        this.jdbc = jdbc;
        this.files = files;
        this.tx = new TransactionTemplate(transactions);
        this.readTx = new TransactionTemplate(transactions);
        this.readTx.setReadOnly(true);
        this.ownTx = new TransactionTemplate(transactions);
        this.ownTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.em = em;
        this.executor = executor;
        this.currentActor = currentActor;
        this.messages = messages;
    }

    public List<RowImporter.Column> columns(ImportKind kind) {
        return importers.get(kind).columns();
    }

    /** The template of a kind: its headers (required ones marked *) and one example row. */
    public byte[] template(ImportKind kind) {
        List<RowImporter.Column> columns = columns(kind);
        List<String> headers = columns.stream().map(RowImporter.Column::header).toList();
        List<Object> example = new ArrayList<>(columns.stream().map(c -> (Object) c.example()).toList());
        List<List<Object>> notes = new ArrayList<>();
        for (RowImporter.Column c : columns) {
            notes.add(List.of(c.header(), c.required() ? "必填" : "选填", c.example(), howToFill(c)));
        }
        return Workbooks.xlsx(List.of(new Workbooks.SheetData("导入", headers, List.of(example)),
                new Workbooks.SheetData("说明", List.of("列名", "是否必填", "示例", "填写说明"), notes)));
    }

    /** The notes sheet's "how to fill": the column's hint, then the values a choice column takes (as the import reads them). */
    private String howToFill(RowImporter.Column c) {
        List<String> parts = new ArrayList<>();
        if (!c.hint().isBlank()) {
            parts.add(c.hint());
        }
        if (c.choices() != null) {
            List<String> labels = new ArrayList<>();
            for (Enum<?> e : c.choices().getEnumConstants()) {
                labels.add(messages.getMessage(c.choicePrefix() + e.name(), null, e.name(), java.util.Locale.SIMPLIFIED_CHINESE));
            }
            parts.add("可填：" + String.join("、", labels));
        }
        return String.join("；", parts);
    }

    public boolean mayImport() {
        return currentActor.get().map(a -> a.isAdmin() || a.is(Role.ORGANISER) || a.is(Role.LOCALITY)).orElse(false);
    }

    /** Takes the upload and queues the import; answers the job to follow. */
    public ImportJobView start(ImportKind kind, ImportMode mode, String fileName, InputStream content) {
        Actor actor = currentActor.require("import", "data");
        if (!mayImport()) {
            throw new Forbidden("import", "data");
        }
        if (kind == null) {
            throw InvalidInput.coded("kind", "import.chooseKind", "choose what the file imports");
        }
        String name = fileName == null ? "" : fileName.strip();
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw InvalidInput.coded("file", "import.controlInName", "the file name contains control characters; rename the file and upload it again");
        }
        if (!name.toLowerCase().endsWith(".xlsx")) {
            throw InvalidInput.coded("file", "import.notXlsx", "'" + name + "' is not an .xlsx workbook (save the template as Excel .xlsx)", name);
        }
        Path file;
        try {
            file = Files.createTempFile(Files.createDirectories(UPLOADS), "import-", ".xlsx");
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("insert into import_job (kind, import_mode, file_name, status, created_by, created_at) "
                    + "values (?, ?, ?, 'QUEUED', ?, ?)", new String[] {"id"});
            ps.setString(1, kind.name());
            ps.setString(2, (mode == null ? ImportMode.GOOD_ROWS : mode).name());
            ps.setString(3, name.length() > 200 ? name.substring(name.length() - 200) : name);
            ps.setString(4, actor.username());
            ps.setTimestamp(5, Timestamp.from(Instant.now()));
            return ps;
        }, keys);
        long id = keys.getKey().longValue();
        SecurityContext context = SecurityContextHolder.getContext();
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        try {
            executor.execute(() -> {
                SecurityContextHolder.setContext(context);
                // messages, row errors and the error file in the language of the one who uploaded the file
                org.springframework.context.i18n.LocaleContextHolder.setLocale(locale);
                try {
                    run(id, kind, mode == null ? ImportMode.GOOD_ROWS : mode, file);
                } finally {
                    SecurityContextHolder.clearContext();
                    org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
                    deleteQuietly(file);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException full) {
            deleteQuietly(file);
            status(id, "FAILED", text("import.notStarted", "not started: " + BUSY));
            throw new org.chainatlas.platform.Busy(BUSY, 60);
        }
        return job(id);
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // removed at the next start at the latest
        }
    }

    /** A header row that lacks required columns. */
    static final class MissingColumns extends RuntimeException {
        MissingColumns(String message) {
            super(message);
        }
    }

    /**
     * A parsed row waiting for the module's checks, which run on a chunk of rows at once; a good one is stored as this
     * form, not parsed again (forms are records no store changes).
     */
    private record Parsed<F>(int row, Map<Integer, String> values, Cells cells, F form) {
    }

    private final class Pass<F> {
        final RowImporter<F> importer;
        final Set<Integer> badRows = new HashSet<>();
        final List<Cells.CellError> errors = new ArrayList<>();
        final Map<String, Integer> keys = new HashMap<>();
        Map<String, Integer> header;
        Map<String, String> fieldColumns = new LinkedHashMap<>();
        int total;
        /** Rows committed so far by a good-rows import (each chunk in its own transaction). */
        int stored;
        /** The last row the reader delivered. */
        int lastRow;

        Pass(RowImporter<F> importer) {
            this.importer = importer;
            for (RowImporter.Column c : importer.columns()) {
                c.fields().forEach(f -> fieldColumns.put(f, c.header()));
            }
        }

        /** Reads the header row; true when this row was it. */
        boolean header(Map<Integer, String> cells) {
            if (header != null) {
                return false;
            }
            header = new HashMap<>();
            cells.forEach((index, text) -> header.put(text.replace("*", "").strip(), index));
            List<String> missing = importer.columns().stream().filter(c -> c.required() && !header.containsKey(c.header()))
                    .map(RowImporter.Column::header).toList();
            if (!missing.isEmpty()) {
                throw new MissingColumns(text("import.missingColumns", "the first row must hold the column headers of the template; missing: "
                        + String.join("、", missing), String.join("、", missing)));
            }
            return true;
        }

        String headerOf(String field) {
            String base = field.replaceAll("\\[\\d+].*$", "").replaceAll("\\..*$", "");
            return fieldColumns.get(base);
        }

        private final List<Parsed<F>> parsed = new ArrayList<>();
        /** Where the good rows of each checked chunk go at once (a single-pass import), or null. */
        java.util.function.Consumer<List<Parsed<F>>> goodRows;

        /** Parses one row; the module's checks of it run with its chunk ({@link #checkParsed()}). */
        void check(int row, Map<Integer, String> values) {
            Cells cells = new Cells(row, values, header, messages);
            parsed.add(new Parsed<>(row, values, cells, importer.parse(cells)));
            if (parsed.size() == BATCH) {
                checkParsed();
            }
        }

        /** Runs the module's checks on the rows parsed so far, in row order, and records the bad ones. */
        void checkParsed() {
            if (parsed.isEmpty()) {
                return;
            }
            List<F> forms = parsed.stream().map(Parsed::form).toList();
            List<List<InvalidInput.FieldError>> problems = readTx.execute(status -> rowByRow
                    ? forms.stream().map(importer::problems).toList() : importer.problems(forms));
            List<Parsed<F>> good = new ArrayList<>();
            for (int i = 0; i < parsed.size(); i++) {
                if (judge(parsed.get(i), problems.get(i))) {
                    good.add(parsed.get(i));
                }
            }
            parsed.clear();
            if (goodRows != null && !good.isEmpty()) {
                goodRows.accept(good);
            }
        }

        /** Records the row's errors; true when it has none. */
        private boolean judge(Parsed<F> p, List<InvalidInput.FieldError> problems) {
            int row = p.row();
            Cells cells = p.cells();
            List<Cells.CellError> rowErrors = new ArrayList<>(cells.errors);
            Set<String> flagged = new HashSet<>();
            rowErrors.forEach(e -> flagged.add(e.header()));
            // a key repeated in the file is said as such first: with good rows stored chunk by chunk, the first row may
            // already be in the database, and "already registered" would hide that the file holds it twice
            String key = importer.key(p.form());
            if (key != null && importer.keyColumn() != null) {
                Integer first = keys.putIfAbsent(key, row);
                if (first != null && !flagged.contains(importer.keyColumn())) {
                    flagged.add(importer.keyColumn());
                    rowErrors.add(new Cells.CellError(row, cells.letter(importer.keyColumn()), importer.keyColumn(),
                            cells.raw(importer.keyColumn()), text("import.duplicateKey", key + " appears twice in the file (first in row "
                                    + first + ")", key, first)));
                }
            }
            for (InvalidInput.FieldError e : problems) {
                String h = headerOf(e.field());
                if (h != null && flagged.contains(h)) {
                    continue;
                }
                flagged.add(h);
                // a column in 万元 has its errors said in 万元, as the file gives the amount
                InvalidInput.FieldError said = h != null && h.contains("万元") ? org.chainatlas.platform.web.FormErrors.inWan(e, e.field()) : e;
                rowErrors.add(new Cells.CellError(row, h == null ? "" : cells.letter(h), h == null ? e.field() : h,
                        h == null ? null : cells.raw(h), org.chainatlas.platform.ErrorTexts.of(said)));
            }
            if (rowErrors.isEmpty()) {
                return true;
            }
            badRows.add(row);
            if (errors.size() < MAX_LISTED_ERRORS) {
                errors.addAll(rowErrors);
            }
            return false;
        }
    }

    <F> void run(long id, ImportKind kind, ImportMode mode, Path file) {
        @SuppressWarnings("unchecked")
        Pass<F> pass = new Pass<>((RowImporter<F>) importers.get(kind));
        try {
            if (mode == ImportMode.GOOD_ROWS) {
                runGoodRows(id, pass, file);
                return;
            }
            status(id, "CHECKING", null);
            long started = System.nanoTime();
            int[] seen = {0};
            readTx.executeWithoutResult(status -> {
                SheetReader.read(file, (row, values) -> {
                    if (pass.header(values)) {
                        return;
                    }
                    pass.check(row, values);
                    pass.total++;
                    if (++seen[0] % BATCH == 0) {
                        em.clear();
                        progress(id, pass.total, 0, pass.total - pass.badRows.size(), pass.badRows.size(), 0);
                    }
                });
                pass.checkParsed();
            });
            if (pass.header == null) {
                throw new MissingColumns(text("import.empty", "the file is empty: the first row must hold the column headers of the template"));
            }
            log.info("Import {}: checked {} rows in {} ms", id, pass.total, (System.nanoTime() - started) / 1_000_000);
            int good = pass.total - pass.badRows.size();
            progress(id, pass.total, pass.total, good, pass.badRows.size(), 0);
            int stored;
            if (mode == ImportMode.ALL_OR_NOTHING && !pass.badRows.isEmpty()) {
                stored = 0;
                finish(id, "DONE", pass, 0, text("import.nothingStored", "bad rows: " + pass.badRows.size() + " — nothing was stored (all or nothing)",
                        pass.badRows.size()));
                return;
            }
            status(id, "STORING", null);
            try {
                stored = storeAll(id, pass, file);
            } finally {
                pass.importer.finish();
            }
            finish(id, "DONE", pass, stored, pass.badRows.isEmpty() ? null : text("import.badNotStored", pass.badRows.size()
                    + " bad rows were not stored", pass.badRows.size()));
        } catch (MissingColumns | SheetReader.Unreadable e) {
            finish(id, "FAILED", pass, pass.stored, partly(pass, e.getMessage()));
        } catch (AllOrNothingFailed e) {
            finish(id, "FAILED", pass, 0, text("import.failedNothingStored", e.getMessage() + "; nothing was stored", e.getMessage()));
        } catch (RuntimeException e) {
            log.warn("Import {} failed", id, e);
            finish(id, "FAILED", pass, pass.stored, partly(pass, text("import.stopped", "the import stopped: " + e.getMessage(), e.getMessage())));
        }
    }

    /**
     * The message of a good-rows import that failed after it had stored chunks: what stopped it, and what of the file
     * was read and kept (those rows are complete, each chunk having been committed whole).
     */
    private static String partly(Pass<?> pass, String message) {
        if (pass.stored == 0) {
            return message;
        }
        return text("import.stoppedAfter", message + "; rows up to " + pass.lastRow + " had been read and their " + pass.stored
                + " good rows stored", message, String.valueOf(pass.lastRow), String.valueOf(pass.stored));
    }

    /**
     * Good rows: one pass over the file, each chunk of 500 rows checked and its good rows stored at once (the file is
     * read once, and the search index works on one chunk while the next is read). A row is judged exactly as in two
     * passes: by its cells, the module's rules, and its key against the rows before it.
     */
    private <F> void runGoodRows(long id, Pass<F> pass, Path file) {
        status(id, "STORING", null);
        long started = System.nanoTime();
        // (storing on a second thread while the next chunk is read was tried: no faster on two cores, both are busy)
        pass.goodRows = good -> {
            pass.stored += storeBatch(pass, good);
            progress(id, pass.total, pass.total, pass.total - pass.badRows.size(), pass.badRows.size(), pass.stored);
        };
        try {
            SheetReader.read(file, (row, values) -> {
                pass.lastRow = row;
                if (!pass.header(values)) {
                    pass.total++;
                    pass.check(row, values);
                }
            });
            pass.checkParsed();
        } finally {
            pass.importer.finish();
        }
        if (pass.header == null) {
            throw new MissingColumns(text("import.empty", "the file is empty: the first row must hold the column headers of the template"));
        }
        log.info("Import {}: checked and stored {} rows in {} ms", id, pass.total, (System.nanoTime() - started) / 1_000_000);
        finish(id, "DONE", pass, pass.stored, pass.badRows.isEmpty() ? null : text("import.badNotStored", pass.badRows.size()
                + " bad rows were not stored", pass.badRows.size()));
    }

    static final class AllOrNothingFailed extends RuntimeException {
        AllOrNothingFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private <F> int storeAll(long id, Pass<F> pass, Path file) {
        int[] stored = {0};
        List<Map.Entry<Integer, Map<Integer, String>>> chunk = new ArrayList<>();
        try {
            tx.executeWithoutResult(status -> {
                SheetReader.readBody(file, (row, values) -> {
                    chunk.add(Map.entry(row, values));
                    if (chunk.size() == BATCH) {
                        stored[0] += storeChunk(pass, chunk);
                        progress(id, pass.total, pass.total, pass.total - pass.badRows.size(), pass.badRows.size(), stored[0]);
                    }
                });
                stored[0] += storeChunk(pass, chunk);
            });
        } catch (RuntimeException e) {
            String rows = chunk.isEmpty() ? "?" : chunk.getFirst().getKey() + "–" + chunk.getLast().getKey();
            throw new AllOrNothingFailed(text("import.rowsFailed", "rows " + rows + ": " + e.getMessage(), rows, e.getMessage()), e);
        }
        return stored[0];
    }

    /** Stores a chunk of checked rows through the module (in bulk where it can) and empties it; answers how many. */
    private <F> int storeChunk(Pass<F> pass, List<Map.Entry<Integer, Map<Integer, String>>> chunk) {
        if (chunk.isEmpty()) {
            return 0;
        }
        List<F> forms = new ArrayList<>(chunk.size());
        for (Map.Entry<Integer, Map<Integer, String>> r : chunk) {
            forms.add(pass.importer.parse(new Cells(r.getKey(), r.getValue(), pass.header, messages)));
        }
        int n = storeForms(pass, forms);
        chunk.clear();
        return n;
    }

    /** Stores checked forms through the module (in bulk where it can); answers how many. */
    private <F> int storeForms(Pass<F> pass, List<F> forms) {
        // keeps the persistence context small: each later flush would otherwise check every row stored so far
        Runnable between = () -> {
            em.flush();
            em.clear();
        };
        if (rowByRow) {
            for (F form : forms) {
                pass.importer.store(form);
                between.run();
            }
        } else {
            pass.importer.storeAll(forms, between);
        }
        em.flush();
        em.clear();
        return forms.size();
    }

    /** Stores a checked chunk's good rows in one transaction or, when that fails, row by row (each bad one reported). */
    private <F> int storeBatch(Pass<F> pass, List<Parsed<F>> batch) {
        try {
            List<F> forms = batch.stream().map(Parsed::form).toList();
            tx.executeWithoutResult(status -> storeForms(pass, forms));
            return forms.size();
        } catch (RuntimeException batchFailed) {
            int stored = 0;
            for (Parsed<F> r : batch) {
                try {
                    tx.executeWithoutResult(status -> pass.importer.store(r.form()));
                    stored++;
                } catch (RuntimeException e) {
                    pass.badRows.add(r.row());
                    pass.errors.add(new Cells.CellError(r.row(), "", "", null, text("import.notStored", "not stored: " + e.getMessage(),
                            e.getMessage())));
                }
            }
            return stored;
        }
    }

    private void status(long id, String status, String message) {
        ownTx.executeWithoutResult(s -> jdbc.update("update import_job set status = ?, message = ? where id = ?", status, message, id));
    }

    private void progress(long id, int total, int processed, int good, int bad, int stored) {
        ownTx.executeWithoutResult(s -> jdbc.update("update import_job set total_rows = ?, processed_rows = ?, good_rows = ?, "
                + "bad_rows = ?, stored_rows = ? where id = ?", total, processed, good, bad, stored, id));
    }

    private void finish(long id, String status, Pass<?> pass, int stored, String message) {
        byte[] errorFile = pass.errors.isEmpty() ? null : errorFile(pass.errors);
        int bad = pass.badRows.size();
        ownTx.executeWithoutResult(s -> jdbc.update("""
                update import_job set status = ?, message = ?, total_rows = ?, processed_rows = ?, good_rows = ?, bad_rows = ?,
                stored_rows = ?, error_file_key = ?, finished_at = ? where id = ?""", status, message, pass.total, pass.total,
                pass.total - bad, bad, stored, errorFile == null ? null : files.put("import-errors", errorFile),
                Timestamp.from(Instant.now()), id));
        log.info("Import {}: {} rows, {} bad, {} stored ({})", id, pass.total, bad, stored, status);
    }

    static byte[] errorFile(List<Cells.CellError> errors) {
        List<List<Object>> rows = new ArrayList<>();
        errors.stream().sorted(Comparator.comparingInt(Cells.CellError::row)
                .thenComparingInt(e -> e.column().isEmpty() ? -1 : CellReference.convertColStringToIndex(e.column())))
                .forEach(e -> rows.add(java.util.Arrays.asList(e.row(), e.column(), e.header(), e.value(), e.reason())));
        return Workbooks.xlsx(List.of(new Workbooks.SheetData(text("import.errors.sheet", "Errors"), List.of(text("import.errors.row", "Row"),
                text("import.errors.column", "Column"), text("import.errors.header", "Header"), text("import.errors.value", "Value"),
                text("import.errors.reason", "Reason")), rows)));
    }

    /** A message of the import in the uploader's language (English when it has no entry). */
    private static String text(String code, String english, Object... args) {
        return org.chainatlas.platform.ErrorTexts.of(code, english, args);
    }

    // ---------------------------------------------------------------- reading

    private ImportJobView view(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ImportJobView(rs.getLong("id"), ImportKind.valueOf(rs.getString("kind")), ImportMode.valueOf(rs.getString("import_mode")),
                rs.getString("file_name"), rs.getString("status"), rs.getInt("total_rows"), rs.getInt("processed_rows"),
                rs.getInt("good_rows"), rs.getInt("bad_rows"), rs.getInt("stored_rows"), rs.getString("message"),
                rs.getBoolean("has_errors"), rs.getString("created_by"),
                rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant(),
                rs.getObject("finished_at", java.time.OffsetDateTime.class) == null ? null
                        : rs.getObject("finished_at", java.time.OffsetDateTime.class).toInstant());
    }

    private static final String COLUMNS = "id, kind, import_mode, file_name, status, total_rows, processed_rows, good_rows, bad_rows, "
            + "stored_rows, message, error_file_key is not null as has_errors, created_by, created_at, finished_at";

    /** One job: its owner or an administrator. */
    public ImportJobView job(long id) {
        Actor actor = currentActor.require("see", "import " + id);
        List<ImportJobView> found = jdbc.query("select " + COLUMNS + " from import_job where id = ?", (rs, i) -> view(rs), id);
        if (found.isEmpty()) {
            throw new NotFound("import", id);
        }
        ImportJobView job = found.getFirst();
        if (!actor.isAdmin() && !job.createdBy().equals(actor.username())) {
            throw new Forbidden("see", "import " + id);
        }
        return job;
    }

    /** The signed-in user's imports, latest first. */
    public List<ImportJobView> mine() {
        Actor actor = currentActor.require("see", "imports");
        return jdbc.query("select " + COLUMNS + " from import_job where created_by = ? order by id desc fetch first 50 rows only",
                (rs, i) -> view(rs), actor.username());
    }

    public byte[] errors(long id) {
        job(id);
        List<String> key = jdbc.query("select error_file_key from import_job where id = ?", (rs, i) -> rs.getString(1), id);
        if (key.isEmpty() || key.getFirst() == null) {
            throw new NotFound("error file of import", id);
        }
        return files.get(key.getFirst());
    }
}
