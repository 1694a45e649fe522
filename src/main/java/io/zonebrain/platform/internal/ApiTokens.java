package io.zonebrain.platform.internal;

import io.zonebrain.platform.AuditTrail;
import io.zonebrain.platform.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens for systems that call /api/v1. The secret is shown once at creation; only its SHA-256 is
 * stored (a fast hash is enough for 256 random bits and keeps every API call cheap).
 */
@Service
public class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    ApiTokens(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional
    public String create(long userId, String name) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = "zb_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String prefix = token.substring(0, 10);
        long id = jdbc.sql("insert into platform_api_token (user_id, name, prefix, secret_sha256) "
                        + "values (:u, :n, :p, :h) returning id")
                .param("u", userId).param("n", name == null || name.isBlank() ? "token" : name.strip())
                .param("p", prefix).param("h", sha256(token)).query(Long.class).single();
        audit.created("api-token", id, Map.of("userId", userId, "name", name == null ? "" : name, "prefix", prefix),
                null);
        return token;
    }

    @Transactional
    public void revoke(long userId, long tokenId) {
        int n = jdbc.sql("update platform_api_token set revoked_at = now() "
                        + "where id = :id and user_id = :u and revoked_at is null")
                .param("id", tokenId).param("u", userId).update();
        if (n == 0) {
            throw new NotFoundException("token");
        }
        audit.record("api-token", tokenId, "REVOKE", null, Map.of("revoked", true), null);
    }

    public List<TokenView> of(long userId) {
        return jdbc.sql("select id, name, prefix, created_at, last_used_at, revoked_at from platform_api_token "
                        + "where user_id = :u order by created_at desc")
                .param("u", userId)
                .query((rs, n) -> new TokenView(rs.getLong("id"), rs.getString("name"), rs.getString("prefix"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("last_used_at") == null ? null : rs.getTimestamp("last_used_at").toInstant(),
                        rs.getTimestamp("revoked_at") == null ? null : rs.getTimestamp("revoked_at").toInstant()))
                .list();
    }

    /**
     * The user a live token belongs to. {@code last_used_at} is only written when it is more than a minute old:
     * it answers "is this token still in use?", for which a minute is plenty, and writing it on every call turned
     * every API read into a write that all callers of one token queued on (row lock, WAL, dead row versions).
     */
    Optional<Long> userFor(String token) {
        String hash = sha256(token);
        Optional<LiveToken> live = jdbc.sql("""
                select t.id, t.user_id,
                       t.last_used_at is null or t.last_used_at < now() - interval '1 minute' as stale
                  from platform_api_token t join platform_user u on u.id = t.user_id
                 where t.secret_sha256 = :h and t.revoked_at is null and u.enabled
                """)
                .param("h", hash).query(LiveToken.class).optional();
        live.filter(LiveToken::stale).ifPresent(t -> jdbc.sql("update platform_api_token set last_used_at = now() "
                        + "where id = :id and (last_used_at is null or last_used_at < now() - interval '1 minute')")
                .param("id", t.id()).update());
        return live.map(LiveToken::userId);
    }

    private record LiveToken(long id, long userId, boolean stale) {
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public record TokenView(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt,
                            Instant revokedAt) {
    }
}
