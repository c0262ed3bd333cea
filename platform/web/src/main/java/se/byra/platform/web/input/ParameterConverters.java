package se.byra.platform.web.input;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import se.byra.platform.web.problem.Problems;

/**
 * Query, header and path parameters under the same rules as bodies. A query or header value that
 * does not convert answers 400 naming the parameter (JAX-RS would answer 404, as if the address
 * were wrong); a path segment that cannot name a resource answers 404. Numbers take ASCII digits
 * only ({@link Integer#parseInt} also takes "٣" and "３"), text takes no control characters.
 */
@Provider
public class ParameterConverters implements ParamConverterProvider {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,19}");

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Place place = Place.of(annotations);
        if (place == null) {
            return null;
        }
        Function<String, Object> convert;
        if (rawType == UUID.class) {
            convert = value -> {
                if (!TextRules.isUuid(value)) {
                    throw place.invalid("value.uuid");
                }
                return UUID.fromString(value);
            };
        } else if (rawType == int.class || rawType == Integer.class) {
            convert = value -> (int) wholeNumber(place, value, Integer.MIN_VALUE, Integer.MAX_VALUE);
        } else if (rawType == long.class || rawType == Long.class) {
            convert = value -> wholeNumber(place, value, Long.MIN_VALUE, Long.MAX_VALUE);
        } else if (rawType == boolean.class || rawType == Boolean.class) {
            convert = value -> switch (value) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw place.invalid("value.boolean");
            };
        } else if (rawType == LocalDate.class) {
            convert = value -> {
                try {
                    LocalDate date = LocalDate.parse(value);
                    if (!BusinessDates.inRange(date)) {
                        throw place.invalid("value.date.range", BusinessDates.EARLIEST, BusinessDates.LATEST);
                    }
                    return date;
                } catch (DateTimeParseException e) {
                    throw place.invalid("value.date");
                }
            };
        } else if (rawType == String.class) {
            convert = value -> {
                TextRules.violation(value, false).ifPresent(key -> {
                    throw place.invalid(key);
                });
                return TextRules.normalise(value);
            };
        } else if (rawType.isEnum()) {
            convert = value -> Arrays.stream(rawType.getEnumConstants()).filter(c -> ((Enum) c).name().equals(value))
                    .findFirst().orElseThrow(() -> place.invalid("value.enum",
                            Arrays.toString(rawType.getEnumConstants())));
        } else {
            return null;
        }
        // an empty optional filter (?clientId=) is absent, as an HTML form sends it; a number has no "absent"
        Function<String, Object> checked = convert;
        return (ParamConverter<T>) new Converter<>(rawType.isPrimitive() ? checked
                : value -> value.isEmpty() ? null : checked.apply(value));
    }

    private static long wholeNumber(Place place, String value, long min, long max) {
        if (!WHOLE_NUMBER.matcher(value).matches()) {
            throw place.invalid(value.chars().anyMatch(Character::isDigit) && value.chars().allMatch(
                    c -> Character.isDigit(c) || c == '-') ? "param.digits" : "value.integer");
        }
        try {
            long number = Long.parseLong(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // more than a long holds: out of range like any other
        }
        throw place.invalid("value.integer.range", min, max);
    }

    /** Where a parameter comes from: a query or header parameter is named; a path segment is an address. */
    private record Place(String name, boolean path) {

        static Place of(Annotation[] annotations) {
            for (Annotation annotation : annotations) {
                if (annotation instanceof QueryParam query) {
                    return new Place(query.value(), false);
                }
                if (annotation instanceof HeaderParam header) {
                    return new Place(header.value(), false);
                }
                if (annotation instanceof PathParam path) {
                    return new Place(path.value(), true);
                }
            }
            return null;
        }

        RuntimeException invalid(String messageKey, Object... arguments) {
            if (path) {
                return new NotFoundException(Problems.notFound());
            }
            return new InvalidParameterException(name, messageKey, arguments);
        }
    }

    private record Converter<T>(Function<String, T> convert) implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            return value == null ? null : convert.apply(value);
        }


        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }
}
