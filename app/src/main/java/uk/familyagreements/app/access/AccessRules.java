package uk.familyagreements.app.access;

import static uk.familyagreements.app.security.Role.ADMINISTRATOR;
import static uk.familyagreements.app.security.Role.AUDITOR;
import static uk.familyagreements.app.security.Role.SERVICE_MANAGER;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import uk.familyagreements.app.security.Role;

/**
 * Who may do what, by path. Role checks come first and answer 403: they do not depend on any record, so they reveal
 * nothing. Scope checks (is this case in your team or service?) answer 404 exactly as for a record that does not
 * exist, because the existence of a child's case or agreement elsewhere is itself confidential (ADR 0041).
 * A path under /api that no rule names is refused: a new endpoint is closed until a rule opens it.
 */
@Component
class AccessRules {

    /** May change case records: the team roles and service managers. Never auditors or administrators. */
    static final Set<Role> WRITERS = EnumSet.of(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.CONSULTANT_SOCIAL_WORKER,
            SERVICE_MANAGER);
    /** May read case records: writers within their scope, auditors everywhere. */
    static final Set<Role> READERS = EnumSet.of(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.CONSULTANT_SOCIAL_WORKER,
            SERVICE_MANAGER, AUDITOR);
    /** Commands only managers may send: approving a written agreement, deciding an escalation, allocating a case. */
    static final Set<String> MANAGER_COMMANDS = Set.of("approval", "approve", "approvals", "escalation-decision",
            "escalation-decisions", "decision", "decisions", "allocation");
    private static final Set<String> OWN = Set.of("me", "mine");
    private static final Set<String> PRINTS = Set.of("document", "print", "pdf");
    private static final Set<String> EXPORTS = Set.of("export", "exports", "csv");
    private static final Set<String> AUDIT_TRAILS = Set.of("audit", "audit-trail", "history", "timeline");

    private final ScopeLookup lookup;

    AccessRules(ScopeLookup lookup) {
        this.lookup = lookup;
    }

    /**
     * @param segments the decoded path segments after {@code /api}
     * @param body     the JSON body, read only when a rule needs it
     */
    Decision decide(Actor actor, String method, List<String> segments, Supplier<JsonNode> body) {
        boolean read = "GET".equals(method) || "HEAD".equals(method);
        String first = segments.isEmpty() ? "" : segments.get(0);
        return switch (first) {
            // Administrators' changes to users and teams are recorded like reads of case records.
            case "admin" -> actor.has(ADMINISTRATOR)
                    ? Decision.allow(read ? null : "ADMINISTER", "admin", segments.size() > 2 ? segments.get(2) : null,
                    null)
                    : Decision.forbidden("admin", null);
            case "access-audit" -> actor.has(AUDITOR)
                    ? Decision.allow("READ", "access-audit", null, null) : Decision.forbidden("access-audit", null);
            case "integrity" -> actor.hasAny(EnumSet.of(AUDITOR, ADMINISTRATOR))
                    ? Decision.allow(null, "integrity", segments.size() > 2 ? segments.get(2) : null, null)
                    : Decision.forbidden("integrity", null);
            case "agreements" -> agreements(actor, read, segments, body);
            case "cases" -> cases(actor, read, segments, body);
            case "audit" -> auditTrail(actor, read, segments);
            case "caseloads" -> caseloads(actor, read, segments);
            case "teams" -> teams(actor, read, segments);
            case "services" -> services(actor, read, segments);
            case "inbox" -> actor.roles().isEmpty()
                    ? Decision.forbidden("inbox", null) : Decision.allow(null, "inbox", actor.username(), null);
            default -> Decision.forbidden("unknown", null);
        };
    }

    private Decision agreements(Actor actor, boolean read, List<String> segments, Supplier<JsonNode> body) {
        if (segments.size() == 1) {
            if (read) {
                return actor.has(AUDITOR) ? Decision.allow("READ", "agreement", null, null)
                        : Decision.forbidden("agreement", null);
            }
            if (!actor.hasAny(WRITERS)) {
                return Decision.forbidden("agreement", null);
            }
            return newRecordOnCase(actor, text(body.get(), "caseReference"), "agreement");
        }
        String id = segments.get(1);
        String sub = segments.size() > 2 ? segments.get(2) : null;
        Decision byRole = byRole(actor, read, segments, "agreement", id);
        if (byRole != null) {
            return byRole;
        }
        return inScope(actor, read, lookup.agreement(id), readAction(segments), resourceType(sub, "agreement"), id);
    }

    private Decision cases(Actor actor, boolean read, List<String> segments, Supplier<JsonNode> body) {
        if (segments.size() == 1) {
            if (read) {
                return actor.has(AUDITOR) ? Decision.allow("READ", "case", null, null)
                        : Decision.forbidden("case", null);
            }
            if (!actor.hasAny(WRITERS)) {
                return Decision.forbidden("case", null);
            }
            JsonNode json = body.get();
            String reference = text(json, "caseReference");
            Optional<ScopeLookup.Holder> existing = reference == null ? Optional.empty()
                    : lookup.caseHolder(reference);
            if (existing.isPresent() && !inScope(actor, existing.get())) {
                return Decision.hidden("case", reference, reference);
            }
            String team = text(json, "team") != null ? text(json, "team") : text(json, "teamCode");
            Optional<ScopeLookup.Holder> target = team == null ? Optional.empty() : lookup.team(team);
            boolean teamInScope = team != null && inScope(actor,
                    target.orElse(new ScopeLookup.Holder(null, team, null)));
            return teamInScope ? Decision.allow(null, "case", reference, reference)
                    : Decision.forbidden("case", reference);
        }
        String reference = segments.get(1);
        String sub = segments.size() > 2 ? segments.get(2) : null;
        Decision byRole = byRole(actor, read, segments, "case", reference);
        if (byRole != null) {
            return byRole;
        }
        return inScope(actor, read, lookup.caseHolder(reference), readAction(segments), resourceType(sub, "case"),
                reference);
    }

    /** The audit trail of one agreement or case: /api/audit/agreements/{id}/... or /api/audit/cases/{ref}/... */
    private Decision auditTrail(Actor actor, boolean read, List<String> segments) {
        if (!read) {
            return Decision.forbidden("audit-trail", null);
        }
        if (segments.size() >= 3 && ("agreements".equals(segments.get(1)) || "cases".equals(segments.get(1)))) {
            if (!actor.hasAny(READERS)) {
                return Decision.forbidden("audit-trail", segments.get(2));
            }
            Optional<ScopeLookup.Holder> holder = "agreements".equals(segments.get(1))
                    ? lookup.agreement(segments.get(2)) : lookup.caseHolder(segments.get(2));
            String action = segments.stream().anyMatch(EXPORTS::contains) ? "EXPORT" : "READ";
            return inScope(actor, true, holder, action, "audit-trail", segments.get(2));
        }
        return actor.has(AUDITOR) ? Decision.allow("READ", "audit-trail", null, null)
                : Decision.forbidden("audit-trail", null);
    }

    private Decision caseloads(Actor actor, boolean read, List<String> segments) {
        if (!read || !actor.hasAny(READERS)) {
            return Decision.forbidden("caseload", null);
        }
        if (segments.size() == 1 || segments.get(1).equals(actor.username()) || OWN.contains(segments.get(1))) {
            return Decision.allow(null, "caseload", actor.username(), null);
        }
        String owner = segments.get(1);
        Optional<ScopeLookup.Holder> holder = lookup.staffMember(owner);
        if (holder.isEmpty()) {
            return actor.has(AUDITOR) ? Decision.allow(null, "caseload", owner, null)
                    : Decision.forbidden("caseload", owner);
        }
        // A caseload holds cases of its owner's team: whoever may see that team's cases may see it.
        boolean allowed = actor.has(AUDITOR) || inScope(actor, holder.get());
        return allowed ? Decision.allow(null, "caseload", owner, null) : Decision.forbidden("caseload", owner);
    }

    private Decision teams(Actor actor, boolean read, List<String> segments) {
        if (!read) {
            return Decision.forbidden("team", null);
        }
        if (segments.size() == 1) {
            return Decision.allow(null, "team", null, null);
        }
        String team = segments.get(1);
        Optional<ScopeLookup.Holder> holder = lookup.team(team);
        boolean allowed = actor.has(AUDITOR) || (actor.hasAny(Role.MANAGERS)
                && inScope(actor, holder.orElse(new ScopeLookup.Holder(null, team, null))));
        return allowed ? Decision.allow(null, "team", team, null) : Decision.forbidden("team", team);
    }

    private Decision services(Actor actor, boolean read, List<String> segments) {
        if (!read) {
            return Decision.forbidden("service", null);
        }
        if (segments.size() == 1) {
            return Decision.allow(null, "service", null, null);
        }
        String service = segments.get(1);
        boolean allowed = actor.has(AUDITOR) || (actor.has(SERVICE_MANAGER) && service.equals(actor.service()));
        return allowed ? Decision.allow(null, "service", service, null) : Decision.forbidden("service", service);
    }

    /** Role-level refusal (403) for one record's path, or null to go on to the scope check. */
    private static Decision byRole(Actor actor, boolean read, List<String> segments, String type, String id) {
        if (read) {
            return actor.hasAny(READERS) ? null : Decision.forbidden(type, id);
        }
        if (!actor.hasAny(WRITERS)) {
            return Decision.forbidden(type, id);
        }
        boolean managersOnly = segments.stream().skip(2).anyMatch(MANAGER_COMMANDS::contains);
        if (managersOnly && !actor.hasAny(Role.MANAGERS)) {
            return Decision.managersOnly(type, id);
        }
        return null;
    }

    private Decision newRecordOnCase(Actor actor, String caseReference, String type) {
        if (caseReference == null) {
            // Nothing to scope: let the controller reject the request as invalid.
            return Decision.allow(null, type, null, null);
        }
        Optional<ScopeLookup.Holder> holder = lookup.caseHolder(caseReference);
        if (holder.isPresent()) {
            return inScope(actor, holder.get()) ? Decision.allow(null, type, null, caseReference)
                    : Decision.hidden("case", caseReference, caseReference);
        }
        // A case not yet known here will be held by the drafter's team (AccessScopeProjection).
        return actor.team() != null ? Decision.allow(null, type, null, caseReference)
                : Decision.forbidden("case", caseReference);
    }

    private Decision inScope(Actor actor, boolean read, Optional<ScopeLookup.Holder> holder, String action,
                             String type, String id) {
        if (holder.isEmpty()) {
            return Decision.hidden(type, id, null);
        }
        ScopeLookup.Holder found = holder.get();
        boolean allowed = (read && actor.has(AUDITOR)) || inScope(actor, found);
        return allowed ? Decision.allow(read ? action : null, type, id, found.caseReference())
                : Decision.hidden(type, id, found.caseReference());
    }

    /**
     * Team roles: their own team's cases, and any case allocated to them (the allocated worker always needs it, even
     * when the case is held by another team). Service managers: every team of their service.
     */
    private static boolean inScope(Actor actor, ScopeLookup.Holder holder) {
        if (actor.hasAny(Role.TEAM_ROLES) && actor.username().equals(holder.practitioner())) {
            return true;
        }
        if (holder.team() == null) {
            return false;
        }
        if (actor.hasAny(Role.TEAM_ROLES) && holder.team().equals(actor.team())) {
            return true;
        }
        return actor.has(SERVICE_MANAGER) && actor.service() != null && actor.service().equals(holder.service());
    }

    private static String readAction(List<String> segments) {
        if (segments.stream().anyMatch(PRINTS::contains)) {
            return "PRINT";
        }
        if (segments.stream().anyMatch(EXPORTS::contains)) {
            return "EXPORT";
        }
        return "READ";
    }

    private static String resourceType(String sub, String type) {
        return sub != null && AUDIT_TRAILS.contains(sub) ? "audit-trail" : type;
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json == null ? null : json.get(field);
        return value == null || !value.isTextual() || value.asText().isBlank() ? null : value.asText().strip();
    }
}
