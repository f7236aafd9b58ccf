package org.chainatlas.enterprise.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.chainatlas.enterprise.EnterpriseForm;
import org.chainatlas.enterprise.EnterpriseIntake;
import org.chainatlas.enterprise.SegmentRole;
import org.chainatlas.enterprise.Uscc;
import org.chainatlas.platform.Conflict;
import org.chainatlas.platform.Forbidden;
import org.chainatlas.support.AtlasTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bulk registration behind imports keeps every rule of one-by-one registration, all or nothing: a USCC already
 * registered, twice in the batch, or a region outside the actor's province refuses the whole batch and leaves no
 * enterprise, segment, audit entry or change-log row behind; a form with plants is registered whole too.
 */
@AtlasTest
@Tag("db")
class RegisterAllTests {

    @Autowired
    EnterpriseIntake intake;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    private long node() {
        return jdbc.queryForObject("select min(n.id) from chain_node n join chain c on c.id = n.chain_id where c.code = 'nev-battery'",
                Long.class);
    }

    private void as(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private EnterpriseForm form(String name, String uscc, String region, List<EnterpriseForm.FacilityForm> plants) {
        return form(name, uscc, region, plants, node());
    }

    private EnterpriseForm form(String name, String uscc, String region, List<EnterpriseForm.FacilityForm> plants, long node) {
        return new EnterpriseForm(name, null, uscc, region, List.of(), null, 120, null, null, null, null, plants,
                List.of(new EnterpriseForm.SegmentForm(node, null, SegmentRole.PRODUCES)));
    }

    private List<Long> counts() {
        return List.of(jdbc.queryForObject("select count(*) from enterprise", Long.class),
                jdbc.queryForObject("select count(*) from enterprise_segment", Long.class),
                jdbc.queryForObject("select count(*) from audit_entry", Long.class),
                jdbc.queryForObject("select count(*) from matching_change", Long.class));
    }

    private void refused(Supplier<List<EnterpriseForm>> forms, Class<? extends RuntimeException> error, String message) {
        List<Long> before = counts();
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> intake.registerAll(forms.get()))).isInstanceOf(error)
                .hasMessageContaining(message);
        assertThat(counts()).as("nothing written").isEqualTo(before);
    }

    @Test
    void aBatchIsRegisteredWholeOrNotAtAll() {
        as("sichuan-organiser");
        long serial = 660_000_000L + System.nanoTime() % 10_000_000L;
        String taken = Uscc.compose("511500", serial).value();
        tx.executeWithoutResult(s -> intake.registerAll(List.of(form("批量登记已有公司" + serial, taken, "511500", List.of()))));

        refused(() -> List.of(form("批量登记甲" + serial, Uscc.compose("511500", serial + 1).value(), "511500", List.of()),
                form("批量登记乙" + serial, taken, "511500", List.of())), Conflict.class, taken);
        String twice = Uscc.compose("511500", serial + 2).value();
        refused(() -> List.of(form("批量登记丙" + serial, twice, "511500", List.of()),
                form("批量登记丁" + serial, twice, "511500", List.of())), Conflict.class, "twice");
        refused(() -> List.of(form("批量登记戊" + serial, Uscc.compose("511500", serial + 3).value(), "511500", List.of()),
                form("批量登记己" + serial, Uscc.compose("420100", serial + 4).value(), "420100", List.of())), Forbidden.class, "420100");

        List<Long> nodes = jdbc.queryForList("select n.id from chain_node n join chain c on c.id = n.chain_id where c.code = 'nev-battery' "
                + "order by n.id", Long.class).subList(0, 5);
        List<EnterpriseForm> good = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            good.add(form("批量登记成功" + serial + "-" + i, Uscc.compose("511500", serial + 10 + i).value(), "511500",
                    i == 2 ? List.of(new EnterpriseForm.FacilityForm("宜宾工厂", "511500", 104.6, 28.8)) : List.of(), nodes.get(i)));
        }
        List<Long> before = counts();
        List<Long> ids = tx.execute(s -> intake.registerAll(good));
        assertThat(ids).hasSize(5).doesNotContainNull().doesNotHaveDuplicates();
        for (int i = 0; i < 5; i++) {
            assertThat(jdbc.queryForObject("select name_zh from enterprise where id = ?", String.class, ids.get(i)))
                    .as("ids in the order of the forms").isEqualTo("批量登记成功" + serial + "-" + i);
            assertThat(jdbc.queryForList("select node_id from enterprise_segment where enterprise_id = ?", Long.class, ids.get(i)))
                    .as("each one's segment is its own").containsExactly(nodes.get(i));
            assertThat(jdbc.queryForObject("select changes from audit_entry where entity_type = 'enterprise' and entity_id = ? "
                    + "and action = 'CREATE'", String.class, ids.get(i))).as("each one's audit entry is its own")
                    .contains("批量登记成功" + serial + "-" + i + "\"");
        }
        assertThat(jdbc.queryForObject("select count(*) from enterprise_facility where enterprise_id = ?", Long.class, ids.get(2)))
                .as("the one with a plant keeps it").isEqualTo(1);
        List<Long> after = counts();
        assertThat(after.get(0) - before.get(0)).isEqualTo(5);
        assertThat(after.get(1) - before.get(1)).isEqualTo(5);
        assertThat(after.get(2) - before.get(2)).as("one audit entry each").isEqualTo(5);
        assertThat(after.get(3) - before.get(3)).as("one change row for the four without plants, one for the one with").isEqualTo(2);
    }
}
