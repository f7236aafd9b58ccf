package org.chainatlas.project.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.chainatlas.account.Accounts;
import org.chainatlas.platform.data.CsvTable;
import org.chainatlas.account.Role;
import org.chainatlas.account.UserView;
import org.chainatlas.event.EventCatalog;
import org.chainatlas.event.MeetingSigned;
import org.chainatlas.platform.demo.DemoData;
import org.chainatlas.platform.demo.DemoSize;
import org.chainatlas.platform.demo.Progress;
import org.chainatlas.project.ProjectStage;
import org.chainatlas.project.TicketCategory;
import org.chainatlas.project.TicketStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Projects of the default demo. Real ones first: the projects the seed articles state, as they state them. Then demo
 * projects (flagged demo, named “（演示）”), dated relative to the day of loading, on real enterprises and real zones
 * and consistent with them — each project's segment is one its enterprise works in (classified with confidence ≥ 0.8)
 * and its host is a catalogue zone whose leading industries name the chain: the signings of the demo events, and a
 * pipeline signed over the last three years in Sichuan, Chongqing, Hubei, Hunan, Henan, Anhui, Jiangxi, Guangxi and
 * Guizhou at every stage, with funds in place, production figures, a few that stall after signing (签约未开工), one
 * signing repeated at a later event (flagged as a duplicate) and service tickets at each level.
 */
@Component
class DemoProjects implements DemoData {


    private final ProjectPipeline pipeline;
    private final Projects projects;
    private final StageChanges changes;
    private final Fundings fundings;
    private final Tickets tickets;
    private final TicketEntries entries;
    private final EventCatalog events;
    private final Accounts accounts;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final EvidenceFiles evidence;

    DemoProjects(ProjectPipeline pipeline, Projects projects, StageChanges changes, Fundings fundings, Tickets tickets,
            TicketEntries entries, EventCatalog events, Accounts accounts, JdbcTemplate jdbc, TransactionTemplate tx,
            EvidenceFiles evidence) {
        this.evidence = evidence;
        this.pipeline = pipeline;
        this.projects = projects;
        this.changes = changes;
        this.fundings = fundings;
        this.tickets = tickets;
        this.entries = entries;
        this.events = events;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String name() {
        return "projects";
    }

    @Override
    public boolean isEmpty() {
        Long count = jdbc.queryForObject("select count(*) from project", Long.class);
        return count == null || count == 0;
    }

    @Override
    public void clear() {
        String demo = "(select id from project where demo = true)";
        jdbc.update("delete from ticket_entry where ticket_id in (select id from service_ticket where project_id in " + demo + ")");
        jdbc.update("delete from ticket_attachment where ticket_id in (select id from service_ticket where project_id in " + demo + ")");
        jdbc.update("delete from service_ticket where project_id in " + demo);
        jdbc.update("delete from project_funding where project_id in " + demo);
        jdbc.update("delete from project_stage_change where project_id in " + demo);
        evidence.deleteFilesOf(demo);
        jdbc.update("delete from project_evidence where project_id in " + demo);
        jdbc.update("update project set duplicate_of = null where demo = true");
        // leads signed into demo projects keep their history but no longer point at a removed project
        jdbc.update("update investment_lead set project_id = null where project_id in " + demo);
        jdbc.update("delete from project where demo = true");
    }

    /**
     * 三级协调 of the demo: the demo accounts named as level-2 and level-3 assignees (labelled 演示 in their titles); no
     * real person is named.
     */
    private void seedCoordination() {
        Long named = jdbc.queryForObject("select count(*) from coordination_assignee", Long.class);
        if (named != null && named > 0) {
            return;
        }
        String[][] rows = {{"511500", "2", "yibin-locality", "市投资促进局 部门负责人（演示）"},
            {"510100", "2", "chengdu-locality", "市投资促进局 部门负责人（演示）"},
            {"510000", "3", "sichuan-organiser", "省经济和信息化厅 分管领导（演示）"}};
        for (String[] r : rows) {
            jdbc.update("insert into coordination_assignee (region_code, level, user_id, title_zh, created_by, created_at)"
                    + " select ?, ?, id, ?, 'demo', current_timestamp from app_user where username = ?", r[0], Integer.parseInt(r[1]),
                    r[3], r[2]);
        }
    }

    private record Firm(long id, String uscc, String name, Long nodeId, String nodeName, String chainCode) {
        Firm {
            name = spoken(name);
        }
    }

    /**
     * A stock's short name as people say the company: without the exchange's risk marks and share-class letter (京东方Ａ is
     * 京东方, *ST宇顺 is 宇顺); a project named after the ticker read like a trading screen.
     */
    static String spoken(String shortName) {
        if (shortName == null) {
            return null;
        }
        String s = shortName.strip().replaceFirst("^(\\*?S?\\*?ST|S)(?=\\p{IsHan})", "").replaceFirst("(?<=\\p{IsHan})[AＡBＢ]$", "");
        return s.isBlank() ? shortName.strip() : s;
    }

    private record Host(long parkId, String regionCode, String chainCode) {
    }

    @Override
    public void load(DemoSize size, Progress progress) {
        Random random = new Random(size.seed() * 13 + 5);
        LocalDate today = ProjectPipeline.today();
        List<MeetingSigned> signings = events.signings();
        Long officer = accounts.staffFor(Role.SERVICE_OFFICER, "510000").stream().findFirst().map(UserView::id).orElse(null);
        List<Firm> firms = jdbc.query("""
                select e.id, e.uscc, coalesce(e.short_name_zh, e.name_zh), n.id, n.name_zh, c.code
                from enterprise_segment s join enterprise e on e.id = s.enterprise_id
                join chain_node n on n.id = s.node_id join chain c on c.id = n.chain_id
                where e.demo = false and e.deleted_at is null and s.role = 'PRODUCES' and s.confidence >= 0.8
                  and c.code in ('nev-battery', 'crystalline-pv', 'clean-energy-equipment', 'new-display', 'vanadium-titanium')
                order by e.revenue_cny desc nulls last, s.id fetch first 600 rows only""",
                (rs, i) -> new Firm(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5), rs.getString(6)));
        List<Host> hosts = jdbc.query("""
                select p.id, p.region_code, c.chain_code from park p join park_chain c on c.park_id = p.id
                where p.catalogue_code is not null and p.deleted_at is null order by p.id""",
                (rs, i) -> new Host(rs.getLong(1), rs.getString(2), rs.getString(3))).stream()
                .filter(h -> java.util.Arrays.stream(HOST_PROVINCES).anyMatch(h.regionCode()::startsWith)).toList();
        tx.executeWithoutResult(status -> {
            seedCoordination();
            seedProjects();
            for (MeetingSigned s : signings) {
                if (s.enterpriseId() == null || s.regionCode() == null || projects.findByMeetingId(s.meetingId()).isPresent()) {
                    continue;
                }
                Firm firm = jdbc.query("""
                        select e.id, e.uscc, coalesce(e.short_name_zh, e.name_zh), n.id, n.name_zh, c.code
                        from enterprise e left join enterprise_segment s on s.enterprise_id = e.id
                        left join chain_node n on n.id = s.node_id left join chain c on c.id = n.chain_id and c.code = ?
                        where e.id = ? order by case when c.code is null then 1 else 0 end, s.confidence desc""",
                        (rs, i) -> new Firm(rs.getLong(1), rs.getString(2), rs.getString(3), (Long) rs.getObject(4, Long.class),
                                rs.getString(5), rs.getString(6)), s.chainCode(), s.enterpriseId()).stream().findFirst().orElse(null);
                if (firm == null) {
                    continue;
                }
                LocalDate signed = LocalDate.ofInstant(s.at(), ProjectPipeline.CHINA);
                String product = firm.chainCode() == null ? null : firm.nodeName();
                Project p = project(firm, firm.name() + (product == null ? "" : " · " + product) + "项目（演示签约）", s.regionCode(), null,
                        s.chainCode(), firm.chainCode() == null ? null : firm.nodeId(), product,
                        s.amountCny() == null ? 0 : s.amountCny(), signed, officer);
                p.signedAt(s.eventId(), s.meetingId());
                pipeline.persist(p, "demo", "签约于 " + s.eventNameZh());
            }
            if (firms.isEmpty() || hosts.isEmpty()) {
                return;
            }
            for (int i = 0; i < 140; i++) {
                Firm firm = firms.get(random.nextInt(firms.size()));
                List<Host> fitting = hosts.stream().filter(h -> h.chainCode().equals(firm.chainCode())).toList();
                if (fitting.isEmpty()) {
                    continue;
                }
                Host host = fitting.get(random.nextInt(fitting.size()));
                LocalDate signed = today.minusDays(20 + random.nextInt(1000));
                long amount = (long) (1 + random.nextInt(120)) * 50_000_000L;
                Project p = project(firm, firm.name() + " · " + firm.nodeName() + "项目（演示）", host.regionCode(), host.parkId(),
                        firm.chainCode(), firm.nodeId(), firm.nodeName(), amount, signed, host.regionCode().startsWith("51") ? officer : null);
                p = pipeline.persist(p, "demo", null);
                advance(p, signed, today, random);
                if (i == 7) {
                    // the same project signed again at a later event: flagged
                    Project again = project(firm, p.nameZh().replace("（演示）", "（二期签约，演示）"), p.hostRegionCode(), p.parkId(),
                            p.chainCode(), p.nodeId(), p.productZh(), p.contractedAmountCny(), today.minusDays(10), officer);
                    pipeline.persist(again, "demo", "再次签约");
                }
                if (random.nextInt(6) == 0 && p.stage() != ProjectStage.CANCELLED) {
                    ticket(p, random);
                }
            }
        });
        progress.advance(1);
    }

    /**
     * The projects the seed articles state (data/demo/seed-projects.csv), as stated: a project whose stage the article
     * gives, dated as of the article's date (or the stated year's end when the article has no date); the contracted
     * amount where the article states it, else 0 (not disclosed). Not demo data: each cites its article.
     */
    private void seedProjects() {
        CsvTable table = CsvTable.fromClasspath(SEED_PROJECTS, "enterprise_name_zh", "host_region_code", "park_name_zh",
                "chain_code", "node_code", "product_zh", "amount_cny", "stage", "stage_year", "fact_zh", "source");
        for (CsvTable.Row row : table.rows()) {
            String stageText = row.optional("stage");
            LocalDate asOf = asOf(row.required("source"), row.optional("stage_year"));
            if (stageText == null || asOf == null) {
                continue;
            }
            ProjectStage stage;
            try {
                stage = ProjectStage.valueOf(stageText);
            } catch (IllegalArgumentException e) {
                throw row.invalid("stage", "'" + stageText + "' is not a project stage");
            }
            String name = row.required("enterprise_name_zh");
            Firm firm = jdbc.query("select id, uscc, coalesce(short_name_zh, name_zh) from enterprise where name_zh = ? and deleted_at is null"
                    + " order by id", (rs, i) -> new Firm(rs.getLong(1), rs.getString(2), rs.getString(3), null, null, null), name)
                    .stream().findFirst().orElseThrow(() -> row.invalid("enterprise_name_zh", "'" + name + "' is not a registered enterprise"));
            Long node = jdbc.query("select n.id from chain_node n join chain c on c.id = n.chain_id where c.code = ? and n.code = ?",
                    (rs, i) -> rs.getLong(1), row.required("chain_code"), row.required("node_code")).stream().findFirst()
                    .orElseThrow(() -> row.invalid("node_code", "no segment " + row.required("chain_code") + "/" + row.required("node_code")));
            String product = row.optional("product_zh");
            String amount = row.optional("amount_cny");
            Project p = new Project(truncate(firm.name() + " · " + (product == null ? "项目" : product)), firm.id(), firm.uscc(),
                    row.required("host_region_code"), null, row.required("chain_code"), node, product,
                    amount == null ? 0 : Long.parseLong(amount), stage, null, "seed", false);
            p.reachedBy(asOf);
            pipeline.persist(p, "seed", truncate(row.required("fact_zh") + "（" + row.required("source") + "，截至报道日期）"));
        }
    }

    static final String SEED_PROJECTS = "data/demo/seed-projects.csv";
    private static final String[] HOST_PROVINCES = {"51", "50", "42", "43", "41", "34", "36", "45", "52"};

    /** The article's date ("四川日报 2025-05-10 …"), else the end of the stated year, else null. */
    static LocalDate asOf(String source, String year) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})").matcher(source);
        if (m.find()) {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        return year == null ? null : LocalDate.of(Integer.parseInt(year), 12, 31);
    }

    private static String truncate(String s) {
        return s.length() > 200 ? s.substring(0, 200) : s;
    }

    private Project project(Firm firm, String name, String region, Long parkId, String chain, Long nodeId, String product, long amount,
            LocalDate signed, Long officer) {
        Project p = new Project(truncate(name), firm.id(), firm.uscc(), region, parkId, chain, nodeId, product, amount,
                ProjectStage.SIGNED, signed, "demo", true);
        p.officer(officer);
        return p;
    }

    /** Moves a demo project on as real ones go: most start within a year, many produce, some stall or are cancelled. */
    private void advance(Project p, LocalDate signed, LocalDate today, Random random) {
        long age = ChronoUnit.DAYS.between(signed, today);
        int roll = random.nextInt(100);
        LocalDate on = signed;
        if (roll < 6) {
            move(p, ProjectStage.CANCELLED, signed.plusDays(Math.min(age, 60 + random.nextInt(120))), "企业调整投资计划");
            return;
        }
        long funds = p.contractedAmountCny() / 10;
        fundings.save(new Funding(p.id(), signed.plusDays(Math.min(age, 15)), funds, null, "首期资金到位", "demo"));
        p.addFunds(funds);
        if (roll < 25 || age < 60) {
            return;
        }
        if (random.nextBoolean()) {
            on = signed.plusDays(30 + random.nextInt(60));
            if (!on.isAfter(today)) {
                move(p, ProjectStage.LAND_SECURED, on, null);
            }
        }
        LocalDate start = on.plusDays(30 + random.nextInt(150));
        if (start.isAfter(today)) {
            return;
        }
        move(p, ProjectStage.CONSTRUCTION_STARTED, start, null);
        long more = p.contractedAmountCny() * (3 + random.nextInt(4)) / 10;
        fundings.save(new Funding(p.id(), start.plusDays(10).isAfter(today) ? today : start.plusDays(10), more, null, "建设资金",
                "demo"));
        p.addFunds(more);
        LocalDate producing = start.plusDays(200 + random.nextInt(300));
        if (producing.isAfter(today) || roll < 45) {
            return;
        }
        move(p, ProjectStage.PRODUCING, producing, null);
        p.production(p.contractedAmountCny() * (8 + random.nextInt(10)) / 10, p.contractedAmountCny() / (15 + random.nextInt(10)),
                100 + random.nextInt(1500));
        LocalDate full = producing.plusDays(180 + random.nextInt(200));
        if (!full.isAfter(today) && roll > 80) {
            move(p, ProjectStage.FULL_CAPACITY, full, null);
        }
    }

    private void move(Project p, ProjectStage to, LocalDate on, String note) {
        changes.save(new StageChange(p.id(), p.stage(), to, on, null, note, "demo"));
        p.move(to, on, on, note);
    }

    private void ticket(Project p, Random random) {
        TicketCategory category = TicketCategory.values()[random.nextInt(TicketCategory.values().length)];
        String title = switch (category) {
            case LAND -> "用地指标未落实";
            case POWER -> "双回路供电接入进度慢";
            case PERMITS -> "环评审批时间长";
            case LABOUR -> "技术工人招聘难";
            case FINANCE -> "项目贷款审批需协调";
            case OTHER -> "配套道路未完工";
        };
        Instant raised = Instant.now().minus(1 + random.nextInt(20), ChronoUnit.DAYS);
        ServiceTicket t = tickets.save(new ServiceTicket(p.id(), category, title, "企业反映：" + title + "，影响项目进度。",
                raised.plus(5, ChronoUnit.DAYS), "demo", raised));
        entries.save(new TicketEntry(t.id(), "RAISED", 1, title, "demo", raised));
        if (random.nextInt(3) == 0) {
            t.resolve(raised.plus(3, ChronoUnit.DAYS));
            entries.save(new TicketEntry(t.id(), "RESOLVED", 1, "已协调解决", "demo", raised.plus(3, ChronoUnit.DAYS)));
        }
    }
}
