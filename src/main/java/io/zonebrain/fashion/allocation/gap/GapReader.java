package io.zonebrain.fashion.allocation.gap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads generalized assignment problems in the two public formats, as a stream of whitespace-separated integers
 * (line breaks carry no meaning: the same file is wrapped differently in different copies):
 *
 * <ul>
 *   <li>OR-Library ({@code gap1.txt} … {@code gapd.txt}): the number of problems P, then per problem {@code m n},
 *       the m×n cost matrix, the m×n resource matrix and the m capacities;</li>
 *   <li>Yagiura (one problem per file, e.g. {@code e801600}): the same without the leading P.</li>
 * </ul>
 *
 * A file whose numbers form exactly one {@code m n} problem is read as Yagiura's format, anything else as
 * OR-Library's. Malformed input fails with a {@link GapFormatException} naming the file and the line and column.
 */
public final class GapReader {

    private static final Pattern NUMBERED_FILE = Pattern.compile("gap(\\d+)\\.txt");
    private static final Pattern LETTERED_FILE = Pattern.compile("gap([a-e])\\.txt");

    private GapReader() {
    }

    public static List<GapInstance> read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return read(file.getFileName().toString(), text);
    }

    public static List<GapInstance> read(String fileName, String text) {
        Tokens tokens = Tokens.of(fileName, text);
        if (tokens.size() == 0) {
            throw new GapFormatException(fileName + ": no numbers in the file");
        }
        if (isSingleProblem(tokens)) {
            GapInstance one = readProblem(tokens, fileName, fileName, 1, "");
            return List.of(one);
        }
        int problems = tokens.nextPositive("the number of problems P");
        List<GapInstance> instances = new ArrayList<>(problems);
        for (int k = 1; k <= problems; k++) {
            String where = "problem " + k + " of " + problems + ": ";
            instances.add(readProblem(tokens, fileName, null, k, where));
        }
        if (tokens.hasNext()) {
            throw new GapFormatException(fileName + ": " + tokens.describeNext() + ": unexpected numbers after the last of "
                    + problems + " problems (P = " + problems + "; is the file a single problem whose size is wrong?)");
        }
        return instances;
    }

    private static boolean isSingleProblem(Tokens tokens) {
        if (tokens.size() < 2) {
            return false;
        }
        long m = tokens.peek(0);
        long n = tokens.peek(1);
        return m > 0 && n > 0 && tokens.size() == 2 + 2 * m * n + m;
    }

    private static GapInstance readProblem(Tokens tokens, String file, String fixedName, int index, String where) {
        int m = tokens.nextPositive(where + "the number of agents m");
        int n = tokens.nextPositive(where + "the number of jobs n");
        long needed = 2L * m * n + m;
        if (needed > tokens.remaining()) {
            throw new GapFormatException(file + ": " + where + "m = " + m + ", n = " + n + " needs " + needed
                    + " more numbers (costs, resources, capacities) but the file ends after " + tokens.remaining());
        }
        int[][] cost = readMatrix(tokens, m, n, where + "cost");
        int[][] resource = readMatrix(tokens, m, n, where + "resource");
        int[] capacity = new int[m];
        for (int i = 0; i < m; i++) {
            capacity[i] = tokens.nextNonNegative(where + "capacity of agent " + (i + 1));
        }
        String name = fixedName != null ? fixedName : orLibraryName(file, m, n, index);
        return new GapInstance(name, file, index, m, n, cost, resource, capacity);
    }

    private static int[][] readMatrix(Tokens tokens, int m, int n, String what) {
        int[][] matrix = new int[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                matrix[i][j] = tokens.nextNonNegative(what + "[agent " + (i + 1) + "][job " + (j + 1) + "]");
            }
        }
        return matrix;
    }

    /**
     * OR-Library's own names: {@code c515-1} for problem 1 of gap1.txt (type C, 5 agents, 15 jobs); the Chu–Beasley
     * files gapa–gapd use Yagiura's spelling {@code a05100}. Other files: the file's base name and the index.
     */
    static String orLibraryName(String file, int m, int n, int index) {
        Matcher numbered = NUMBERED_FILE.matcher(file);
        if (numbered.matches()) {
            return "c" + m + n + "-" + index;
        }
        Matcher lettered = LETTERED_FILE.matcher(file);
        if (lettered.matches()) {
            return lettered.group(1) + String.format("%02d", m) + n;
        }
        String base = file.contains(".") ? file.substring(0, file.lastIndexOf('.')) : file;
        return base + "-" + index;
    }

    /** The file's integers with their line and column, for messages. */
    private static final class Tokens {
        private final String file;
        private final long[] values;
        private final int[] lines;
        private final int[] columns;
        private final int size;
        private int next;

        private Tokens(String file, long[] values, int[] lines, int[] columns, int size) {
            this.file = file;
            this.values = values;
            this.lines = lines;
            this.columns = columns;
            this.size = size;
        }

        static Tokens of(String file, String text) {
            int capacity = Math.max(16, text.length() / 2);
            long[] values = new long[capacity];
            int[] lines = new int[capacity];
            int[] columns = new int[capacity];
            int size = 0;
            int line = 1;
            int lineStart = 0;
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '\n') {
                    line++;
                    lineStart = i + 1;
                    i++;
                    continue;
                }
                if (Character.isWhitespace(c)) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                String token = text.substring(start, i);
                int column = start - lineStart + 1;
                long value;
                try {
                    value = Long.parseLong(token);
                } catch (NumberFormatException e) {
                    throw new GapFormatException(file + ": line " + line + ", column " + column + ": '"
                            + abbreviate(token) + "' is not an integer");
                }
                if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
                    throw new GapFormatException(file + ": line " + line + ", column " + column + ": " + token
                            + " is too large");
                }
                values[size] = value;
                lines[size] = line;
                columns[size] = column;
                size++;
            }
            return new Tokens(file, values, lines, columns, size);
        }

        int size() {
            return size;
        }

        long remaining() {
            return size - next;
        }

        boolean hasNext() {
            return next < size;
        }

        long peek(int index) {
            return values[index];
        }

        String describeNext() {
            return "line " + lines[next] + ", column " + columns[next];
        }

        int nextPositive(String what) {
            int value = nextInt(what);
            if (value <= 0) {
                throw new GapFormatException(file + ": " + positionOf(next - 1) + ": " + what + " must be positive, found "
                        + value);
            }
            return value;
        }

        int nextNonNegative(String what) {
            int value = nextInt(what);
            if (value < 0) {
                throw new GapFormatException(file + ": " + positionOf(next - 1) + ": " + what
                        + " must not be negative, found " + value);
            }
            return value;
        }

        private int nextInt(String what) {
            if (next >= size) {
                throw new GapFormatException(file + ": the file ends where " + what + " should be");
            }
            return (int) values[next++];
        }

        private String positionOf(int index) {
            return "line " + lines[index] + ", column " + columns[index];
        }

        private static String abbreviate(String token) {
            return token.length() > 20 ? token.substring(0, 20) + "…" : token;
        }
    }
}
