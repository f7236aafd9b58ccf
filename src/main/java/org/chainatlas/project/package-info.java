/**
 * The project pipeline (签约 → 开工 → 投产): projects signed at events or entered by localities, guarded and dated
 * stage changes with evidence files, funds in place over time, output, tax and jobs, a chief service officer
 * (首席服务官), duplicate-signing detection, enterprise service tickets with escalation, and the dashboards.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Projects")
package org.chainatlas.project;
