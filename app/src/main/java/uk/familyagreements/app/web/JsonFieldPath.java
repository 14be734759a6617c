package uk.familyagreements.app.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.stream.Collectors;
import org.springframework.http.converter.HttpMessageNotReadableException;

/** Names the JSON field a body could not be read at, as in {@code party.role} or {@code commitments[2].when}. */
final class JsonFieldPath {

    private JsonFieldPath() {
    }

    static String of(HttpMessageNotReadableException exception) {
        if (exception.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining())
                    .replaceFirst("^\\.", "");
        }
        return "body";
    }
}
