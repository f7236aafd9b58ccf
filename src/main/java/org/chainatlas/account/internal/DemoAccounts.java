package org.chainatlas.account.internal;

import java.util.List;

import org.chainatlas.account.NewUser;
import org.chainatlas.account.Role;
import org.chainatlas.platform.demo.DemoData;
import org.chainatlas.platform.demo.DemoSize;
import org.chainatlas.platform.demo.Progress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo sign-ins, one per role, all with the demo password ({@code chainatlas.demo.password}); created only when
 * demo data is loaded. Enterprise users are added by the enterprise module for real seed enterprises.
 */
@Component
class DemoAccounts implements DemoData {

    static final List<NewUser> USERS = List.of(
            new NewUser("sichuan-organiser", null, "四川省经济和信息化厅（演示）", "organiser@demo.chainatlas", Role.ORGANISER,
                    "510000", null, null),
            new NewUser("chongqing-organiser", null, "重庆市经济和信息化委员会（演示）", "cq-organiser@demo.chainatlas",
                    Role.ORGANISER, "500000", null, null),
            new NewUser("yibin-locality", null, "宜宾市投资促进局（演示）", "yibin@demo.chainatlas", Role.LOCALITY, "511500",
                    null, null),
            new NewUser("chengdu-locality", null, "成都市投资促进局（演示）", "chengdu@demo.chainatlas", Role.LOCALITY, "510100",
                    null, null),
            new NewUser("sichuan-officer", null, "首席服务官（演示）", "officer@demo.chainatlas", Role.SERVICE_OFFICER,
                    "510000", null, null));

    private final AccountManagement accounts;
    private final JdbcTemplate jdbc;
    private final String password;

    DemoAccounts(AccountManagement accounts, JdbcTemplate jdbc,
            @Value("${chainatlas.demo.password:demo-2025-chainatlas}") String password) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.password = password;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public String name() {
        return "accounts";
    }

    @Override
    public boolean isEmpty() {
        Long count = jdbc.queryForObject("select count(*) from app_user where username = ?", Long.class,
                USERS.getFirst().username());
        return count == null || count == 0;
    }

    @Override
    public void clear() {
        // Demo accounts stay: they may own audit entries and records.
    }

    @Override
    public void load(DemoSize size, Progress progress) {
        for (NewUser user : USERS) {
            accounts.createAsSystem(new NewUser(user.username(), password, user.displayName(), user.email(), user.role(),
                    user.regionCode(), user.parkId(), user.enterpriseId()));
        }
    }
}
