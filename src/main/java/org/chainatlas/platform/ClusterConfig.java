package org.chainatlas.platform;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableAsync;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

/**
 * What lets several nodes share one database: module listeners run asynchronously after the commit from the event
 * publication registry (Spring Modulith, {@code @ApplicationModuleListener}), and a scheduled sweep annotated
 * {@code @SchedulerLock} runs on one node at a time, the lock held in table {@code shedlock} with the database's
 * clock (nodes' clocks may differ). HTTP sessions live in the database through Spring Session JDBC.
 */
@Configuration
@EnableAsync
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class ClusterConfig {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build());
    }
}
