package io.zonebrain.enterprise.internal;

import io.zonebrain.enterprise.EnterpriseTags;
import io.zonebrain.platform.Dictionaries;
import io.zonebrain.platform.ZoneCreated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Every new zone starts with the national tags; clusters and parks are the zone's own and added in the UI. */
@Component
class StandardCodeLists {

    private final Dictionaries dictionaries;

    StandardCodeLists(Dictionaries dictionaries) {
        this.dictionaries = dictionaries;
    }

    @EventListener
    void on(ZoneCreated event) {
        int sort = 0;
        for (String[] tag : EnterpriseTags.STANDARD) {
            dictionaries.put(event.zoneId(), new Dictionaries.Entry(EnterpriseTags.KIND, tag[0], tag[1], tag[2],
                    sort += 10));
        }
    }
}
