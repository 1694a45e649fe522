package io.zonebrain.evaluation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An indicator's formula, parsed once: + − × ÷ and parentheses over {@link InputField} names and numbers
 * ({@code taxYuan / landMu}, {@code valueAddedYuan / (employees)}). {@code ×} and {@code ÷} are accepted for
 * {@code *} and {@code /}. Evaluation is a tree walk over a double array: a division by zero yields NaN, and
 * {@link #zeroDenominators} names the culprit afterwards, so the fast path never throws.
 */
public final class Formula {

    private final String text;
    private final Node root;
    private final Set<InputField> fields;
    private final int[] fieldIndexes;

    private Formula(String text, Node root, Set<InputField> fields) {
        this.text = text;
        this.root = root;
        this.fields = fields;
        this.fieldIndexes = fields.stream().mapToInt(InputField::ordinal).toArray();
    }

    /** True when a figure the formula reads is missing (NaN); an int loop, no iterator, for the hot path. */
    public boolean missesAny(double[] values) {
        for (int i : fieldIndexes) {
            if (Double.isNaN(values[i])) {
                return true;
            }
        }
        return false;
    }

    /** @throws FormulaException naming the position and the problem (unknown field, unbalanced parenthesis…) */
    public static Formula parse(String text) {
        if (text == null || text.isBlank()) {
            throw new FormulaException("evaluation.formula.empty", 0, "");
        }
        Parser parser = new Parser(text);
        Node root = parser.expression();
        parser.skipSpace();
        if (parser.pos < text.length()) {
            throw new FormulaException("evaluation.formula.unexpected", parser.pos, String.valueOf(text.charAt(parser.pos)));
        }
        return new Formula(text, root, parser.fields.isEmpty() ? EnumSet.noneOf(InputField.class)
                : EnumSet.copyOf(parser.fields));
    }

    public String text() {
        return text;
    }

    /** The input fields the formula reads; if any is missing the value is missing. */
    public Set<InputField> fields() {
        return fields;
    }

    public double evaluate(double[] values) {
        return root.eval(values);
    }

    /** The fields of each denominator that evaluates to zero for these values. */
    public List<InputField> zeroDenominators(double[] values) {
        List<InputField> out = new ArrayList<>();
        root.collectZeroDenominators(values, out);
        return out;
    }

    private interface Node {
        double eval(double[] v);

        void collectZeroDenominators(double[] v, List<InputField> out);

        void collectFields(Set<InputField> out);
    }

    private record Num(double value) implements Node {
        public double eval(double[] v) {
            return value;
        }

        public void collectZeroDenominators(double[] v, List<InputField> out) {
        }

        public void collectFields(Set<InputField> out) {
        }
    }

    private record Ref(int index, InputField field) implements Node {
        public double eval(double[] v) {
            return v[index];
        }

        public void collectZeroDenominators(double[] v, List<InputField> out) {
        }

        public void collectFields(Set<InputField> out) {
            out.add(field);
        }
    }

    private record Neg(Node inner) implements Node {
        public double eval(double[] v) {
            return -inner.eval(v);
        }

        public void collectZeroDenominators(double[] v, List<InputField> out) {
            inner.collectZeroDenominators(v, out);
        }

        public void collectFields(Set<InputField> out) {
            inner.collectFields(out);
        }
    }

    private record Bin(char op, Node left, Node right) implements Node {
        public double eval(double[] v) {
            double a = left.eval(v);
            double b = right.eval(v);
            return switch (op) {
                case '+' -> a + b;
                case '-' -> a - b;
                case '*' -> a * b;
                default -> b == 0 ? Double.NaN : a / b;
            };
        }

        public void collectZeroDenominators(double[] v, List<InputField> out) {
            left.collectZeroDenominators(v, out);
            right.collectZeroDenominators(v, out);
            if (op == '/' && right.eval(v) == 0) {
                Set<InputField> fs = EnumSet.noneOf(InputField.class);
                right.collectFields(fs);
                out.addAll(fs);
            }
        }

        public void collectFields(Set<InputField> out) {
            left.collectFields(out);
            right.collectFields(out);
        }
    }

    /** expression := term (('+'|'-') term)* ; term := factor (('*'|'/') factor)* ; factor := number | field | '(' expression ')' | '-' factor */
    private static final class Parser {
        private final String s;
        private int pos;
        private final List<InputField> fields = new ArrayList<>();

        Parser(String s) {
            this.s = s;
        }

        Node expression() {
            Node left = term();
            while (true) {
                skipSpace();
                char c = peek();
                if (c == '+' || c == '-') {
                    pos++;
                    left = new Bin(c, left, term());
                } else {
                    return left;
                }
            }
        }

        Node term() {
            Node left = factor();
            while (true) {
                skipSpace();
                char c = peek();
                if (c == '*' || c == '×') {
                    pos++;
                    left = new Bin('*', left, factor());
                } else if (c == '/' || c == '÷') {
                    pos++;
                    left = new Bin('/', left, factor());
                } else {
                    return left;
                }
            }
        }

        Node factor() {
            skipSpace();
            if (pos >= s.length()) {
                throw new FormulaException("evaluation.formula.endTooSoon", pos, "");
            }
            char c = s.charAt(pos);
            if (c == '(') {
                int open = pos++;
                Node inner = expression();
                skipSpace();
                if (peek() != ')') {
                    throw new FormulaException("evaluation.formula.unclosed", open, "(");
                }
                pos++;
                return inner;
            }
            if (c == '-') {
                pos++;
                return new Neg(factor());
            }
            if (Character.isDigit(c) || c == '.') {
                int start = pos;
                while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.'
                        || s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
                    pos++;
                }
                String number = s.substring(start, pos);
                try {
                    return new Num(Double.parseDouble(number));
                } catch (NumberFormatException e) {
                    throw new FormulaException("evaluation.formula.badNumber", start, number);
                }
            }
            if (Character.isLetter(c)) {
                int start = pos;
                while (pos < s.length() && Character.isLetterOrDigit(s.charAt(pos))) {
                    pos++;
                }
                String name = s.substring(start, pos);
                InputField field = InputField.byKey(name)
                        .orElseThrow(() -> new FormulaException("evaluation.formula.unknownField", start, name));
                fields.add(field);
                return new Ref(field.ordinal(), field);
            }
            throw new FormulaException("evaluation.formula.unexpected", pos, String.valueOf(c));
        }

        char peek() {
            return pos < s.length() ? s.charAt(pos) : '\0';
        }

        void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }
    }
}
