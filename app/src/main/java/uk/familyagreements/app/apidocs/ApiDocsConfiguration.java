package uk.familyagreements.app.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.familyagreements.kernel.rules.RuleCode;

/**
 * Completes what springdoc reads from the controllers with what it cannot see: the problem+json answers every command
 * may give (they come from the exception advice, not the controller methods), the {@code Idempotency-Key} header
 * (handled by a servlet filter), the {@code ETag} and {@code Location} answers, and HTTP Basic authentication.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

    private static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String BASIC = "basic";

    @Bean
    OpenApiCustomizer commandApiDescription() {
        return openApi -> {
            openApi.info(new Info().title("Family agreements API").version("1")
                    .description("""
                            Working and written agreements with families. Each command is a POST on the agreement \
                            or case it changes. Send `If-Match` with the version you last read (the `ETag` of your \
                            last answer) to be told with 409 if someone changed the record since; send `X-Reason` \
                            to record why you made the change (percent-encoded UTF-8 allowed); send \
                            `Idempotency-Key` to make a retry safe. Rejections are RFC 9457 problem details listing \
                            every violated rule code and field."""));
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            openApi.components(components
                    .addSchemas(PROBLEM, problemSchema())
                    .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")));
            openApi.addSecurityItem(new SecurityRequirement().addList(BASIC));
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> {
                if (path.startsWith("/api/")) {
                    describe(path, item);
                }
            });
        };
    }

    private static void describe(String path, PathItem item) {
        Operation post = item.getPost();
        if (post != null) {
            describeCommand(path, post);
        }
        for (Operation operation : new Operation[] {item.getGet(), item.getPost()}) {
            if (operation != null) {
                ApiResponses responses = operation.getResponses() == null ? new ApiResponses()
                        : operation.getResponses();
                responses.remove("500");
                responses.addApiResponse("401", new ApiResponse().description("Not authenticated."));
                if (path.contains("{")) {
                    responses.addApiResponse("404", problem("No agreement or case has this id."));
                }
                operation.setResponses(responses);
            }
        }
    }

    private static void describeCommand(String path, Operation post) {
        if (post.getParameters() != null) {
            for (Parameter parameter : post.getParameters()) {
                if ("If-Match".equals(parameter.getName())) {
                    parameter.description("The version you last read, as in \"3\" (the ETag of your last answer). "
                            + "If the record has changed since, the command is refused with 409.");
                } else if ("X-Reason".equals(parameter.getName())) {
                    parameter.description("Why you make this change, kept with the events for the audit trail "
                            + "(at most 1000 characters; percent-encoded UTF-8 is decoded).");
                }
            }
        }
        post.addParametersItem(header("Idempotency-Key", "Makes a retry safe: a request repeated with the same key "
                + "(same user, same request) is applied once and answered with the first response, marked "
                + "`Idempotent-Replayed: true`. A retry while the first is still running gets 409 with Retry-After; "
                + "the same key on a different request gets 422. Keys are kept for 24 hours."));
        ApiResponses responses = post.getResponses();
        responses.forEach((status, response) -> {
            if (status.startsWith("2")) {
                response.addHeaderObject("ETag", new Header().description("The record's version after the command.")
                        .schema(new StringSchema().example("\"3\"")));
                if ("201".equals(status)) {
                    response.addHeaderObject("Location", new Header().description("Where the created record is.")
                            .schema(new StringSchema()));
                }
            }
        });
        responses.addApiResponse("400", problem("Malformed JSON, a missing field or a value of the wrong form "
                + "(violations with code INVALID_INPUT name each field)."));
        responses.addApiResponse("409", problem("CONCURRENT_MODIFICATION: the record changed since the If-Match "
                + "version, or a request with this Idempotency-Key is still running."));
        responses.addApiResponse("422", problem("The command breaks agreement rules: every violated rule code and "
                + "field is listed. Also a reused Idempotency-Key with a different request."));
        if (path.endsWith("/approval") || path.endsWith("/decision")) {
            responses.addApiResponse("403", problem("Only a team manager, consultant social worker or service "
                    + "manager may do this."));
        }
    }

    private static Parameter header(String name, String description) {
        return new HeaderParameter().name(name).required(false).description(description)
                .schema(new StringSchema().maxLength(255));
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    @SuppressWarnings("rawtypes")
    private static Schema<?> problemSchema() {
        Schema<String> code = new StringSchema()._enum(Arrays.stream(RuleCode.values()).map(Enum::name).toList());
        Schema<?> violation = new ObjectSchema()
                .addProperty("code", code)
                .addProperty("field", new StringSchema().description("The field as the API names it, or a header."))
                .addProperty("message", new StringSchema().description("What is wrong, in plain words."));
        violation.setRequired(List.of("code", "field", "message"));
        Map<String, Schema> properties = new java.util.LinkedHashMap<>();
        properties.put("type", new StringSchema().format("uri").example("urn:family-agreements:problem:rule-violation"));
        properties.put("title", new StringSchema());
        properties.put("status", new IntegerSchema());
        properties.put("detail", new StringSchema());
        properties.put("instance", new StringSchema().format("uri"));
        properties.put("violations", new ArraySchema().items(violation));
        return new ObjectSchema().description("RFC 9457 problem details with the violated rules.")
                .properties(properties);
    }
}
