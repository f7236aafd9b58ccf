package org.chainatlas.enterprise.internal;

import java.util.Map;

import org.chainatlas.account.Accounts;
import org.chainatlas.account.NewUser;
import org.chainatlas.account.Role;
import org.chainatlas.platform.demo.DemoData;
import org.chainatlas.platform.demo.DemoSize;
import org.chainatlas.platform.demo.Progress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Demo sign-ins for staff of real seed enterprises (e.g. CATL), with the demo password. */
@Component
class DemoEnterpriseUsers implements DemoData {

    static final Map<String, String> USERS = Map.of(
            "catl-enterprise", "宁德时代新能源科技股份有限公司",
            "byd-enterprise", "比亚迪股份有限公司",
            "galactic-enterprise", "北京星河动力航天科技股份有限公司",
            "starspace-enterprise", "四川星空钠电电池有限公司");

    private final Accounts accounts;
    private final JdbcTemplate jdbc;
    private final String password;

    DemoEnterpriseUsers(Accounts accounts, JdbcTemplate jdbc,
            @Value("${chainatlas.demo.password:demo-2025-chainatlas}") String password) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.password = password;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public String name() {
        return "enterprise users";
    }

    @Override
    public boolean isEmpty() {
        Long count = jdbc.queryForObject("select count(*) from app_user where username = 'catl-enterprise'", Long.class);
        return count == null || count == 0;
    }

    @Override
    public void clear() {
        // Kept: demo enterprise users are linked again to the regenerated seed enterprises on load.
        jdbc.update("update app_user set enterprise_id = null where username in ('catl-enterprise', 'byd-enterprise',"
                + " 'galactic-enterprise', 'starspace-enterprise')");
    }

    @Override
    public void load(DemoSize size, Progress progress) {
        USERS.forEach((username, enterprise) -> {
            var ids = jdbc.queryForList("select id from enterprise where name_zh = ? order by id", Long.class, enterprise);
            if (ids.isEmpty()) {
                return;
            }
            var user = accounts.createForDemo(new NewUser(username, password, enterprise, username + "@demo.chainatlas",
                    Role.ENTERPRISE, null, null, ids.getFirst()));
            jdbc.update("update app_user set enterprise_id = ? where id = ?", ids.getFirst(), user.id());
        });
    }
}
