package org.chainatlas.park;

/** How an investor may take up a key project. */
public enum CooperationMode {
    /** 独资 */
    SOLE_INVESTMENT,
    /** 合资 */
    JOINT_VENTURE,
    /** 股权合作 */
    EQUITY_PARTNERSHIP,
    /** 租赁标准厂房 */
    LEASE,
    /** 代建厂房 */
    BUILD_TO_SUIT,
    /** 其他 */
    OTHER
}
