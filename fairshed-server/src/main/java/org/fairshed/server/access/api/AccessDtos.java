package org.fairshed.server.access.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.fairshed.server.access.IssuedToken;
import org.fairshed.server.http.Json;
import org.fairshed.store.access.Account;
import org.fairshed.store.access.Token;
import org.fairshed.store.model.AuditEntry;

/** The JSON shapes of the access routes (docs/api.md, the OpenAPI document). Roles are lower-case. */
final class AccessDtos {

    private AccessDtos() {
    }

    record SessionDto(String name, String role, String region, String via, String csrfToken, String expiresAt) {
    }

    record AccountDto(String name, String role, String region, boolean webLogin, boolean active, String createdAt,
                      String createdBy, String disabledAt) {
        static AccountDto of(Account a) {
            return new AccountDto(a.name(), lower(a.role()), a.region(), a.hasPassword(), a.active(),
                    time(a.createdAt()), a.createdBy(), time(a.disabledAt()));
        }
    }

    record NewAccountDto(AccountDto account, String password) {
    }

    record TokenDto(String id, String account, String role, String region, String label, String status,
                    String createdAt, String createdBy, String expiresAt, String revokedAt, String lastUsedAt,
                    String lastUsedFrom) {
        static TokenDto of(Token t, Instant now) {
            String status = t.revokedAt() != null ? "revoked" : now.isBefore(t.expiresAt()) ? "active" : "expired";
            return new TokenDto(t.prefix(), t.account(), lower(t.role()), t.region(), t.label(), status,
                    time(t.createdAt()), t.createdBy(), time(t.expiresAt()), time(t.revokedAt()), time(t.lastUsedAt()),
                    t.lastUsedFrom());
        }
    }

    /** The one response that carries a token's secret: {@code token}, shown once. */
    record IssuedTokenDto(String token, TokenDto details) {
        static IssuedTokenDto of(IssuedToken t, Instant now) {
            return new IssuedTokenDto(t.secret(), TokenDto.of(t.token(), now));
        }
    }

    record AccountsDto(List<AccountDto> accounts) {
    }

    record TokensDto(List<TokenDto> tokens) {
    }

    record AuditDto(long id, String at, String actor, String action, String region, Long revisionBefore,
                    Long revisionAfter, String remoteAddress, String via, String subject, JsonNode detail) {
        static AuditDto of(AuditEntry e) {
            JsonNode detail;
            try {
                detail = Json.mapper().readTree(e.detailJson());
            } catch (java.io.IOException ex) {
                throw new IllegalStateException("the audit entry " + e.id() + " holds no JSON object", ex);
            }
            return new AuditDto(e.id(), time(e.at()), e.actor(), e.action(), e.region(), e.revisionBefore(),
                    e.revisionAfter(), e.remoteAddress(), e.via(), e.subject(), detail);
        }
    }

    record AuditPageDto(List<AuditDto> entries, Long next) {
    }

    static String time(Instant i) {
        return i == null ? null : i.toString();
    }

    static String lower(String role) {
        return role.toLowerCase(Locale.ROOT);
    }
}
