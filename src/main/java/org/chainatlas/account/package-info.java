/**
 * Accounts and sign-in: users, roles, the first administrator, and the security rules every request
 * passes (anonymous users read public pages and GET APIs; every write needs a login).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package org.chainatlas.account;
