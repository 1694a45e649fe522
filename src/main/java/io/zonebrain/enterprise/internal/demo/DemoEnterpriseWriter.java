package io.zonebrain.enterprise.internal.demo;

import io.zonebrain.enterprise.Contact;
import io.zonebrain.enterprise.EnterpriseDraft;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Bulk inserts for generated enterprises: one statement per chunk and table, the rows bound as arrays and
 * spread out by {@code unnest}, so 100,000 firms load in seconds rather than a statement per row. Generated data
 * is valid by construction, so the per-record rules and audit entries of the registry are skipped here.
 */
@Component
class DemoEnterpriseWriter {

    private static final int CHUNK = 2_000;

    private final JdbcClient jdbc;

    DemoEnterpriseWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the drafts into the zone; returns each new enterprise's id by USCC. */
    Map<String, Long> insert(long zoneId, List<EnterpriseDraft> drafts) {
        Map<String, Long> ids = new HashMap<>();
        for (int from = 0; from < drafts.size(); from += CHUNK) {
            List<EnterpriseDraft> chunk = drafts.subList(from, Math.min(from + CHUNK, drafts.size()));
            Map<String, Long> chunkIds = insertEnterprises(zoneId, chunk);
            insertTags(chunk, chunkIds);
            insertContacts(chunk, chunkIds);
            ids.putAll(chunkIds);
        }
        return ids;
    }

    /** Fresh statistics, so the planner knows the tables grew from nothing to thousands of rows. */
    void analyze() {
        jdbc.sql("analyze enterprise").update();
        jdbc.sql("analyze enterprise_tag").update();
        jdbc.sql("analyze enterprise_contact").update();
    }

    private Map<String, Long> insertEnterprises(long zoneId, List<EnterpriseDraft> chunk) {
        int n = chunk.size();
        String[] uscc = new String[n], name = new String[n], legal = new String[n], founded = new String[n],
                capital = new String[n], address = new String[n], park = new String[n], industry = new String[n],
                cluster = new String[n], above = new String[n], own = new String[n], leased = new String[n];
        Long[] grid = new Long[n];
        for (int i = 0; i < n; i++) {
            EnterpriseDraft d = chunk.get(i);
            uscc[i] = d.uscc();
            name[i] = d.name();
            legal[i] = d.legalRepresentative();
            founded[i] = d.foundedOn() == null ? null : d.foundedOn().toString();
            capital[i] = d.registeredCapitalYuan() == null ? null : d.registeredCapitalYuan().toPlainString();
            address[i] = d.address();
            park[i] = d.parkCode();
            grid[i] = d.gridId();
            industry[i] = d.industryCode();
            cluster[i] = d.clusterCode();
            above[i] = Boolean.toString(d.aboveScale());
            own[i] = d.ownLandMu().toPlainString();
            leased[i] = d.leasedAreaMu().toPlainString();
        }
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("""
                insert into enterprise (zone_id, uscc, name, legal_representative, founded_on, registered_capital_yuan,
                    address, park_code, grid_id, industry_code, cluster_code, above_scale, own_land_mu, leased_area_mu)
                select :zone, t.* from unnest(cast(:uscc as text[]), cast(:name as text[]), cast(:legal as text[]),
                    cast(:founded as date[]), cast(:capital as numeric[]), cast(:address as text[]),
                    cast(:park as text[]), cast(:grid as bigint[]), cast(:industry as text[]), cast(:cluster as text[]),
                    cast(:above as boolean[]), cast(:own as numeric[]), cast(:leased as numeric[])) as t
                returning uscc, id
                """)
                .param("zone", zoneId).param("uscc", uscc).param("name", name).param("legal", legal)
                .param("founded", founded).param("capital", capital).param("address", address).param("park", park)
                .param("grid", grid).param("industry", industry).param("cluster", cluster).param("above", above)
                .param("own", own).param("leased", leased)
                .query(rs -> {
                    ids.put(rs.getString(1), rs.getLong(2));
                });
        return ids;
    }

    private void insertTags(List<EnterpriseDraft> chunk, Map<String, Long> ids) {
        List<Long> enterprise = new ArrayList<>();
        List<String> tag = new ArrayList<>();
        for (EnterpriseDraft d : chunk) {
            for (String t : d.tags()) {
                enterprise.add(ids.get(d.uscc()));
                tag.add(t);
            }
        }
        if (!tag.isEmpty()) {
            jdbc.sql("insert into enterprise_tag (enterprise_id, tag_code) "
                            + "select * from unnest(cast(:e as bigint[]), cast(:t as text[]))")
                    .param("e", enterprise.toArray(Long[]::new)).param("t", tag.toArray(String[]::new)).update();
        }
    }

    private void insertContacts(List<EnterpriseDraft> chunk, Map<String, Long> ids) {
        List<Long> enterprise = new ArrayList<>();
        List<String> name = new ArrayList<>(), position = new ArrayList<>(), phone = new ArrayList<>(),
                email = new ArrayList<>(), cdo = new ArrayList<>();
        for (EnterpriseDraft d : chunk) {
            for (Contact c : d.contacts()) {
                enterprise.add(ids.get(d.uscc()));
                name.add(c.name());
                position.add(c.position());
                phone.add(c.phone());
                email.add(c.email());
                cdo.add(Boolean.toString(c.chiefDataOfficer()));
            }
        }
        if (!name.isEmpty()) {
            jdbc.sql("""
                    insert into enterprise_contact (enterprise_id, name, position, phone, email, chief_data_officer)
                    select * from unnest(cast(:e as bigint[]), cast(:n as text[]), cast(:p as text[]),
                        cast(:ph as text[]), cast(:m as text[]), cast(:cdo as boolean[]))
                    """)
                    .param("e", enterprise.toArray(Long[]::new)).param("n", name.toArray(String[]::new))
                    .param("p", position.toArray(String[]::new)).param("ph", phone.toArray(String[]::new))
                    .param("m", email.toArray(String[]::new)).param("cdo", cdo.toArray(String[]::new)).update();
        }
    }
}
