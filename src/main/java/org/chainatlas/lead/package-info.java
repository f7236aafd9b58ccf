/**
 * Investment leads (招商线索): a host locality's pipeline of target enterprises for its chains — made in one click
 * from a gap list's target or a site recommendation, worked 目标企业 → 已接触 → 在谈 → 签约 with an owner, a visit log
 * (拜访记录), the next step and its date, an invitation to a matchmaking event and a chief service officer; a
 * signed lead becomes a project of the project pipeline.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Leads")
package org.chainatlas.lead;
