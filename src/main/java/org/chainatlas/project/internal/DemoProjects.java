package org.chainatlas.project.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.chainatlas.account.Accounts;
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
 * Demo projects, dated relative to the day of loading: the signings of the demo events, and a pipeline of
 * projects signed over the last three years in the host provinces of the seeds (Sichuan, Chongqing, Hubei,
 * Hunan, Henan, Anhui, Jiangxi, Guangxi, Guizhou) at every stage, with funds in place, production figures, a
 * few that stall after signing (签约未开工), one signing repeated at a later event (flagged as a duplicate) and
 * service tickets at each level.
 */
@Component
class DemoProjects implements DemoData {

    private static final String[] HOSTS = {"510100", "511500", "510700", "500000", "420100", "430100", "410100", "340100",
            "360100", "450100", "520100", "511100", "510500"};
    private static final String[] PRODUCTS = {"动力电池电芯", "正极材料", "负极材料", "电解液", "隔膜", "储能系统集成", "光伏组件",
            "单晶硅片", "新能源汽车整车", "电机电控", "锂电回收", "钒电池储能", "智能网联零部件", "高纯晶硅"};
    private static final String[] CHAINS = {"nev-battery", "nev-battery", "nev-battery", "nev-battery", "nev-battery",
            "clean-energy-equipment", "crystalline-pv", "crystalline-pv", "nev-battery", "nev-battery", "nev-battery",
            "vanadium-titanium", "nev-battery", "crystalline-pv"};

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

    DemoProjects(ProjectPipeline pipeline, Projects projects, StageChanges changes, Fundings fundings, Tickets tickets,
            TicketEntries entries, EventCatalog events, Accounts accounts, JdbcTemplate jdbc, TransactionTemplate tx) {
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
        jdbc.update("delete from service_ticket where project_id in " + demo);
        jdbc.update("delete from project_funding where project_id in " + demo);
        jdbc.update("delete from project_stage_change where project_id in " + demo);
        jdbc.update("delete from project_evidence where project_id in " + demo);
        jdbc.update("update project set duplicate_of = null where demo = true");
        jdbc.update("delete from project where demo = true");
    }

    private record Firm(long id, String uscc, String name) {
    }

    @Override
    public void load(DemoSize size, Progress progress) {
        Random random = new Random(size.seed() * 13 + 5);
        LocalDate today = ProjectPipeline.today();
        List<MeetingSigned> signings = events.signings();
        List<Firm> firms = jdbc.query("select id, uscc, name_zh from enterprise where deleted_at is null order by demo, id "
                + "fetch first 400 rows only", (rs, i) -> new Firm(rs.getLong(1), rs.getString(2), rs.getString(3)));
        if (firms.isEmpty()) {
            return;
        }
        Long officer = accounts.staffFor(Role.SERVICE_OFFICER, "510000").stream().findFirst().map(UserView::id).orElse(null);
        tx.executeWithoutResult(status -> {
            for (MeetingSigned s : signings) {
                if (s.enterpriseId() == null || projects.findByMeetingId(s.meetingId()).isPresent()) {
                    continue;
                }
                Firm firm = jdbc.query("select id, uscc, name_zh from enterprise where id = ?", (rs, i) -> new Firm(rs.getLong(1),
                        rs.getString(2), rs.getString(3)), s.enterpriseId()).stream().findFirst().orElse(null);
                if (firm == null) {
                    continue;
                }
                LocalDate signed = LocalDate.ofInstant(s.at(), ProjectPipeline.CHINA);
                Project p = project(firm, firm.name() + " · 动力电池项目", s.regionCode(), s.chainCode(), "动力电池配套",
                        s.amountCny() == null ? 0 : s.amountCny(), signed, officer);
                p.signedAt(s.eventId(), s.meetingId());
                pipeline.persist(p, "demo", "签约于 " + s.eventNameZh());
            }
            for (int i = 0; i < 140; i++) {
                Firm firm = firms.get(random.nextInt(firms.size()));
                int h = random.nextInt(HOSTS.length);
                int k = random.nextInt(PRODUCTS.length);
                LocalDate signed = today.minusDays(20 + random.nextInt(1000));
                long amount = (long) (1 + random.nextInt(120)) * 50_000_000L;
                Project p = project(firm, firm.name() + " · " + PRODUCTS[k] + "项目", HOSTS[h], CHAINS[k], PRODUCTS[k], amount, signed,
                        HOSTS[h].startsWith("51") ? officer : null);
                p = pipeline.persist(p, "demo", null);
                advance(p, signed, today, random);
                if (i == 7) {
                    // the same project signed again at a later event: flagged
                    Project again = project(firm, p.nameZh() + "（二期签约）", p.hostRegionCode(), p.chainCode(), p.productZh(),
                            p.contractedAmountCny(), today.minusDays(10), officer);
                    pipeline.persist(again, "demo", "再次签约");
                }
                if (random.nextInt(6) == 0 && p.stage() != ProjectStage.CANCELLED) {
                    ticket(p, random);
                }
            }
        });
        progress.advance(1);
    }

    private Project project(Firm firm, String name, String region, String chain, String product, long amount, LocalDate signed,
            Long officer) {
        Project p = new Project(name.length() > 200 ? name.substring(0, 200) : name, firm.id(), firm.uscc(), region, null, chain,
                null, product, amount, ProjectStage.SIGNED, signed, "demo", true);
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
        p.move(to, on, note);
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
            t.status(TicketStatus.RESOLVED, raised.plus(3, ChronoUnit.DAYS));
            entries.save(new TicketEntry(t.id(), "RESOLVED", 1, "已协调解决", "demo", raised.plus(3, ChronoUnit.DAYS)));
        }
    }
}
