package se.byra.platform.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Request bodies as maps and lists, changed at one place named as the problems name it ({@code contacts[0].name}). */
public final class JsonBodies {

    private static final Pattern STEP = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

    private JsonBodies() {
    }

    /** A deep copy of {@code body} with {@code value} at {@code path}; missing objects on the way are made. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> with(Map<String, ?> body, String path, Object value) {
        Map<String, Object> copy = (Map<String, Object>) copy(body);
        List<Object> steps = new ArrayList<>();
        Matcher step = STEP.matcher(path);
        while (step.find()) {
            steps.add(step.group(1) != null ? step.group(1) : Integer.valueOf(step.group(2)));
        }
        Object container = copy;
        for (int i = 0; i < steps.size() - 1; i++) {
            Object key = steps.get(i);
            Object next = get(container, key);
            if (next == null) {
                next = new LinkedHashMap<String, Object>();
                put(container, key, next);
            }
            container = next;
        }
        put(container, steps.get(steps.size() - 1), value);
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Object get(Object container, Object key) {
        return key instanceof Integer index ? ((List<Object>) container).get(index)
                : ((Map<String, Object>) container).get((String) key);
    }

    @SuppressWarnings("unchecked")
    private static void put(Object container, Object key, Object value) {
        if (key instanceof Integer index) {
            List<Object> list = (List<Object>) container;
            while (list.size() <= index) {
                list.add(null);
            }
            list.set(index, value);
        } else {
            ((Map<String, Object>) container).put((String) key, value);
        }
    }

    private static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, copy(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(copy(v)));
            return copy;
        }
        return value;
    }
}
