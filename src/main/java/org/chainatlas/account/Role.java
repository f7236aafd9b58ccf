package org.chainatlas.account;

/** What a user is to the platform. */
public enum Role {
    /** Runs the platform; may do everything. */
    ADMIN,
    /** A provincial or city department of economy and IT (经信厅/经信委): its region's events, lists and projects. */
    ORGANISER,
    /** A host locality or park officer (市州, 园区管委会, 招商局): its region's or park's parks and opportunities. */
    LOCALITY,
    /** A chief service officer (首席服务官): the projects assigned to them. */
    SERVICE_OFFICER,
    /** Staff of one enterprise: its own record, needs and meetings. */
    ENTERPRISE
}
