package io.zonebrain.enterprise.internal.demo;

import io.zonebrain.enterprise.Uscc;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * Valid, unique USCCs for Linping firms: 9 (registered by the market regulator) 1 (company), region 330113 (临平区),
 * a 9-character organisation code with its own GB 11714 check character, then the GB 32100 check character.
 * Firms registered after the 2015 reform get codes beginning "MA", as real new registrations do.
 */
final class FictionalUsccs {

    private static final String PREFIX = "91330113";
    private static final String DIGITS = "0123456789";
    private static final String BODY_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"; // the USCC alphabet
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    private static final LocalDate REFORM = LocalDate.of(2015, 10, 1);

    private final DemoRandom random;
    private final Set<String> issued = new HashSet<>();

    FictionalUsccs(DemoRandom random) {
        this.random = random;
    }

    String next(LocalDate foundedOn) {
        while (true) {
            String org = organisationCode(foundedOn != null && !foundedOn.isBefore(REFORM));
            String first17 = PREFIX + org;
            String code = first17 + Uscc.checkCharacter(first17);
            if (issued.add(code)) {
                return code;
            }
        }
    }

    private String organisationCode(boolean reformed) {
        StringBuilder body = new StringBuilder(reformed ? "MA" : "");
        while (body.length() < 8) {
            body.append(random.oneOf(reformed ? BODY_CHARS : DIGITS));
        }
        return body.toString() + organisationCheck(body);
    }

    /** GB 11714-1997: weights 3,7,9,10,5,8,4,2 over values 0-9, A=10 ... Z=35; 10 is written X, 11 is 0. */
    static char organisationCheck(CharSequence body) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = body.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            sum += value * ORG_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }
}
