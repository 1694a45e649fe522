package io.zonebrain.platform.internal;

import io.zonebrain.platform.Role;
import io.zonebrain.platform.UserAccounts;
import io.zonebrain.platform.Zones;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On an empty database: creates the zone (the demo zone when demo data is on) and the first admin, whose password
 * comes from ZONEBRAIN_ADMIN_PASSWORD or is generated and printed once. There is no default password.
 */
@Component
class FirstAdmin {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final Zones zones;
    private final UserAccounts accounts;
    private final String configuredPassword;
    private final boolean demo;
    private final DemoZoneSetup demoSetup;

    FirstAdmin(Zones zones, UserAccounts accounts, DemoZoneSetup demoSetup,
               @Value("${zonebrain.admin-password:}") String configuredPassword,
               @Value("${zonebrain.demo.enabled:true}") boolean demo) {
        this.zones = zones;
        this.accounts = accounts;
        this.demoSetup = demoSetup;
        this.configuredPassword = configuredPassword;
        this.demo = demo;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(0)
    void createWhenEmpty() {
        if (accounts.findByUsername("admin").isPresent()) {
            return;
        }
        var zone = demo ? demoSetup.createDemoZone() : zones.create("zone", "开发区", false);
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? UserAccounts.generatePassword() : configuredPassword;
        accounts.create(new UserAccounts.NewAccount("admin", "管理员 Administrator", Role.ZONE_ADMIN, zone.id(), null,
                null), password);
        if (generated) {
            log.warn("\n\n    First start: the zone admin is 'admin' with the generated password  {}\n"
                    + "    It is shown only this once. Set ZONEBRAIN_ADMIN_PASSWORD to choose it instead.\n", password);
        } else {
            log.info("First start: created 'admin' with the password from ZONEBRAIN_ADMIN_PASSWORD");
        }
        if (demo) {
            demoSetup.populate(zone);
        }
    }
}
