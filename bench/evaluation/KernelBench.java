import io.zonebrain.evaluation.EnterpriseResult;
import io.zonebrain.evaluation.EnterpriseYear;
import io.zonebrain.evaluation.InputField;
import io.zonebrain.evaluation.Scheme;
import io.zonebrain.evaluation.ScoringKernel;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scoring/grading kernel alone over N generated enterprise-years (default 1,000,000, a province) with the
 * shipped 黄岩 reference scheme: ~39% above-scale (656 of 1695 in 临平 2022), 5% without an emission figure
 * (cohort-average rule), full mode (benchmarks, points, data rules, ranks, percentile grades). Generation is not
 * timed. Prints each run and the median. Run with bench/evaluation/kernel-bench.sh.
 */
public class KernelBench {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Scheme scheme;
        try (InputStream in = KernelBench.class.getResourceAsStream("/evaluation/schemes/reference-huangyan-2022.json")) {
            scheme = JsonMapper.builder().build().readValue(in, Scheme.class);
        }
        List<EnterpriseYear> firms = generate(n, new Random(20231231L));
        ScoringKernel kernel = ScoringKernel.compile(scheme);
        long[] millis = new long[runs];
        long graded = 0;
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            List<EnterpriseResult> results = kernel.score(firms, ScoringKernel.Mode.FULL);
            millis[r] = (System.nanoTime() - t0) / 1_000_000;
            graded = results.stream().filter(EnterpriseResult::graded).count();
            System.out.printf("run %d: %d ms (%d graded)%n", r + 1, millis[r], graded);
        }
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf("kernel: %,d enterprise-years, median %d ms, best %d ms (first run includes JIT warm-up)%n",
                n, sorted[runs / 2], sorted[0]);
    }

    static List<EnterpriseYear> generate(int n, Random rnd) {
        List<EnterpriseYear> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            boolean above = rnd.nextInt(1695) < 656;
            double[] v = InputField.noValues();
            double land = 2 + rnd.nextDouble() * (above ? 120 : 30);
            v[InputField.LAND_MU.ordinal()] = land;
            v[InputField.TAX_YUAN.ordinal()] = land * 10_000 * Math.exp(rnd.nextGaussian() * 0.8 + (above ? 3 : 2.3));
            v[InputField.ELECTRICITY_KWH.ordinal()] = land * 50_000 * (0.5 + rnd.nextDouble());
            if (above) {
                double va = land * 10_000 * Math.exp(rnd.nextGaussian() * 0.6 + 4.8);
                v[InputField.VALUE_ADDED_YUAN.ordinal()] = va;
                v[InputField.MAIN_REVENUE_YUAN.ordinal()] = va * (3 + rnd.nextDouble() * 2);
                v[InputField.REVENUE_YUAN.ordinal()] = v[InputField.MAIN_REVENUE_YUAN.ordinal()] * 1.05;
                v[InputField.ENERGY_TCE.ordinal()] = va / 10_000 / (1 + rnd.nextDouble() * 4);
                if (rnd.nextInt(20) > 0) {
                    v[InputField.EMISSIONS_TONNES.ordinal()] = va / 10_000 / (2000 + rnd.nextDouble() * 6000);
                }
                v[InputField.EMPLOYEES.ordinal()] = Math.max(5, Math.round(va / 10_000 / (10 + rnd.nextDouble() * 20)));
                v[InputField.RD_EXPENSE_YUAN.ordinal()] = v[InputField.MAIN_REVENUE_YUAN.ordinal()] * rnd.nextDouble() * 0.06;
            }
            out.add(new EnterpriseYear("e" + i, null, above, "3411", 10, v, Set.of()));
        }
        return out;
    }
}
