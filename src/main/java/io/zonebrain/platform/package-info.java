/**
 * Platform: users, roles, data scope, audit log, i18n, layout, background jobs with progress, Excel helpers.
 * Every other module builds on the types at this package's root.
 */
@org.springframework.modulith.ApplicationModule(displayName = "platform")
package io.zonebrain.platform;
