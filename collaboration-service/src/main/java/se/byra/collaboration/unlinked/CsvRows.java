package se.byra.collaboration.unlinked;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import se.byra.collaboration.unlinked.ImportApi.ImportRow;
import se.byra.platform.web.problem.ProblemException;

/**
 * Reads an import's CSV: a header row naming the columns (any order, comma or semicolon as a spreadsheet in Swedish
 * writes it), fields quoted with {@code "} when they hold the separator, a quote or a line break.
 */
final class CsvRows {

    static final List<String> COLUMNS = List.of("organisationNumber", "reference", "serviceName", "startedOn");

    private CsvRows() {
    }

    static List<ImportRow> parse(String text, int maxRows) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int firstLineEnd = body.indexOf('\n');
        String header = firstLineEnd < 0 ? body : body.substring(0, firstLineEnd);
        char separator = header.indexOf(';') >= 0 ? ';' : ',';
        List<List<String>> records = records(body, separator);
        if (records.isEmpty()) {
            throw ProblemException.invalidField("body", "empty: the first row names the columns "
                    + String.join(", ", COLUMNS));
        }
        Map<String, Integer> columns = new java.util.HashMap<>();
        List<String> names = records.get(0);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            for (String column : COLUMNS) {
                if (column.equalsIgnoreCase(name)) {
                    columns.putIfAbsent(column, i);
                }
            }
        }
        for (String required : List.of("organisationNumber", "reference")) {
            if (!columns.containsKey(required)) {
                throw ProblemException.invalidField("body", "the header row has no column " + required
                        + " (columns: " + String.join(", ", COLUMNS) + ")");
            }
        }
        if (records.size() - 1 > maxRows) {
            throw ProblemException.invalidField("body", "at most " + maxRows + " rows in one import");
        }
        List<ImportRow> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            rows.add(new ImportRow(cell(record, columns.get("organisationNumber")),
                    cell(record, columns.get("reference")), cell(record, columns.get("serviceName")),
                    cell(record, columns.get("startedOn"))));
        }
        return rows;
    }

    private static String cell(List<String> record, Integer index) {
        if (index == null || index >= record.size()) {
            return null;
        }
        String value = record.get(index).strip();
        return value.isEmpty() ? null : value;
    }

    /** The records of the text; blank lines are skipped. */
    private static List<List<String>> records(String text, char separator) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
                any = true;
            } else if (ch == separator) {
                record.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                end(records, record, field, any);
                record = new ArrayList<>();
                any = false;
            } else {
                field.append(ch);
                any = any || !Character.isWhitespace(ch);
            }
        }
        if (quoted) {
            throw ProblemException.invalidField("body", "a quoted field is not closed");
        }
        end(records, record, field, any);
        return records;
    }

    private static void end(List<List<String>> records, List<String> record, StringBuilder field, boolean any) {
        record.add(field.toString());
        field.setLength(0);
        if (any) {
            records.add(record);
        }
    }
}
