package se.byra.platform.web.problem;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * UUID parameters that are not UUIDs: a query parameter is bad input and answers 400 naming
 * it; a path segment names a resource that cannot exist and answers 404.
 */
@Provider
public class UuidParamConverterProvider implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != UUID.class) {
            return null;
        }
        String query = null;
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam q) {
                query = q.value();
            } else if (annotation instanceof PathParam) {
                query = null;
            }
        }
        return (ParamConverter<T>) new UuidConverter(query);
    }

    private record UuidConverter(String queryParameter) implements ParamConverter<UUID> {

        @Override
        public UUID fromString(String value) {
            if (value == null || value.isEmpty()) {
                return null;
            }
            try {
                return UUID.fromString(value);
            } catch (IllegalArgumentException e) {
                if (queryParameter == null) {
                    throw new NotFoundException(Problems.response(404, "Not Found", "There is nothing at this address"));
                }
                String message = "must be a UUID";
                throw new BadRequestException(Problems.response(new Problem(ProblemType.VALIDATION, "Invalid request",
                        400, queryParameter + ": " + message, null, null,
                        List.of(new Problem.FieldError(queryParameter, message)))));
            }
        }

        @Override
        public String toString(UUID value) {
            return value == null ? null : value.toString();
        }
    }
}
