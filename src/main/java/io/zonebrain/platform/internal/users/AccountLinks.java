package io.zonebrain.platform.internal.users;

import io.zonebrain.platform.AccountLinkDirectory;
import io.zonebrain.platform.AccountLinkDirectory.LinkKind;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every {@link AccountLinkDirectory} the modules provide, asked by kind: the enterprise module answers USCCs, the
 * fashion module factory and brand codes. Platform knows neither module; a kind no module answers finds nothing.
 */
@Component
public class AccountLinks {

    private final List<AccountLinkDirectory> directories;

    public AccountLinks(ObjectProvider<AccountLinkDirectory> directories) {
        this.directories = directories.orderedStream().toList();
    }

    public Map<String, Long> ids(long zoneId, LinkKind kind, Collection<String> codes) {
        return codes.isEmpty() ? Map.of() : directories.stream().filter(d -> d.kinds().contains(kind)).findFirst()
                .map(d -> d.ids(zoneId, kind, codes)).orElse(Map.of());
    }

    public Map<Long, String> codes(long zoneId, LinkKind kind, Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : directories.stream().filter(d -> d.kinds().contains(kind)).findFirst()
                .map(d -> d.codes(zoneId, kind, ids)).orElse(Map.of());
    }
}
