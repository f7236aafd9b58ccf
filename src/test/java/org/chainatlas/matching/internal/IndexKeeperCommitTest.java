package org.chainatlas.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Index maintenance starts after the commit of the change that asked for it, never after a rollback, and at once
 * without a transaction; and it is not an after-commit listener that Spring Modulith would wrap with a completion
 * record taking a second pooled connection on the request's thread.
 */
class IndexKeeperCommitTest {

    private final TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(
            new DriverManagerDataSource("jdbc:h2:mem:index-keeper-commit;DB_CLOSE_DELAY=-1", "sa", "")));

    @Test
    void workWaitsForTheCommit() {
        List<String> seen = new ArrayList<>();
        tx.executeWithoutResult(status -> {
            IndexKeeper.afterCommit(() -> seen.add("maintained"));
            seen.add("still in the transaction");
        });
        assertThat(seen).containsExactly("still in the transaction", "maintained");
    }

    @Test
    void aRolledBackChangeIsNeverMaintained() {
        List<String> seen = new ArrayList<>();
        tx.executeWithoutResult(status -> {
            IndexKeeper.afterCommit(() -> seen.add("maintained"));
            status.setRollbackOnly();
        });
        assertThat(seen).isEmpty();
    }

    @Test
    void withoutATransactionTheWorkRunsAtOnce() {
        List<String> seen = new ArrayList<>();
        IndexKeeper.afterCommit(() -> seen.add("maintained"));
        assertThat(seen).containsExactly("maintained");
    }

    @Test
    void theKeepersChangeListenersAreNotAfterCommitListeners() {
        List<Method> listeners = Arrays.stream(IndexKeeper.class.getDeclaredMethods())
                .filter(m -> m.getName().equals("on")).toList();
        assertThat(listeners).hasSize(3);
        assertThat(listeners).allSatisfy(m -> {
            assertThat(m.isAnnotationPresent(EventListener.class)).as(m.toString()).isTrue();
            assertThat(m.isAnnotationPresent(TransactionalEventListener.class)).as(m.toString()).isFalse();
        });
    }
}
