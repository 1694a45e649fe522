package io.zonebrain.land.internal.demo;

import io.zonebrain.land.LandUse;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The demo zone's parcels and leases as a pure function of a seed, the registry's firms and the zone's parks: no
 * clock, no hash order, one sequential random stream. Every firm with own land owns parcels whose areas add up to
 * exactly its registered own land (one parcel, two or three for the big ones). Every firm with leased land gets
 * leases of that many mu on other firms' parcels, in its own park when one has room, never putting more on a parcel
 * than its area; what cannot be placed is counted, not forced. Public only so that tests can check determinism.
 */
public final class DemoLandGenerator {

    /** The district code of 临平 starts every parcel code, as in real cadastral numbers (the rest is fictional). */
    static final String DISTRICT = "330113";
    /** First try to keep each landlord using most of its land; only then fill parcels up to their area. */
    private static final BigDecimal SOFT_SHARE = new BigDecimal("0.6");
    private static final BigDecimal MU_M2 = new BigDecimal("666.67");
    private static final int MAX_PIECES = 3;

    private final Random random;
    private BigDecimal[] softCaps;

    public DemoLandGenerator(long seed) {
        // a stream of its own: the enterprise and indicator demos draw from the same seed
        this.random = new Random(seed ^ 0x4C414E44L);
    }

    /** A firm as the registry publishes it. */
    public record Firm(long id, String name, String parkCode, BigDecimal ownLandMu, BigDecimal leasedAreaMu) {
    }

    public record DemoParcel(String code, String name, String location, String landUse, BigDecimal areaMu,
                             long ownerId, String parkCode) {
    }

    /** A lease on the parcel at {@code parcelIndex} of the generated list. */
    public record DemoLease(int parcelIndex, long lesseeId, BigDecimal landMu, BigDecimal floorAreaM2, LocalDate from,
                            LocalDate to) {
    }

    /** The parcels and leases, and how much leased land found no room. */
    public record DemoLand(List<DemoParcel> parcels, List<DemoLease> leases, int firmsNotFullyPlaced,
                           BigDecimal unplacedMu) {
    }

    /** {@code parkLabels}: park code → name, in the zone's order (which fixes each park's cadastral block). */
    public DemoLand generate(List<Firm> firms, Map<String, String> parkLabels) {
        List<DemoParcel> parcels = parcels(firms, parkLabels);
        BigDecimal[] leased = new BigDecimal[parcels.size()];
        java.util.Arrays.fill(leased, BigDecimal.ZERO);
        softCaps = parcels.stream()
                .map(p -> p.areaMu().multiply(SOFT_SHARE).setScale(2, RoundingMode.DOWN)).toArray(BigDecimal[]::new);
        List<DemoLease> leases = new ArrayList<>();
        int notPlaced = 0;
        BigDecimal unplaced = BigDecimal.ZERO;
        for (Firm f : firms) {
            if (f.leasedAreaMu() == null || f.leasedAreaMu().signum() <= 0) {
                continue;
            }
            BigDecimal left = place(f, parcels, leased, leases);
            if (left.signum() > 0) {
                notPlaced++;
                unplaced = unplaced.add(left);
            }
        }
        return new DemoLand(List.copyOf(parcels), List.copyOf(leases), notPlaced, unplaced);
    }

    private List<DemoParcel> parcels(List<Firm> firms, Map<String, String> parkLabels) {
        Map<String, String> blocks = new HashMap<>();
        int i = 0;
        for (String park : parkLabels.keySet()) {
            blocks.put(park, String.format("%03d", 101 + 11 * i++));
        }
        Map<String, Integer> serials = new HashMap<>();
        List<DemoParcel> parcels = new ArrayList<>();
        for (Firm f : firms) {
            if (f.ownLandMu() == null || f.ownLandMu().signum() <= 0) {
                continue;
            }
            List<BigDecimal> parts = split(f.ownLandMu(), pieces(f.ownLandMu()));
            String block = blocks.getOrDefault(f.parkCode(), "199");
            String parkName = parkLabels.getOrDefault(f.parkCode(), "");
            for (int n = 0; n < parts.size(); n++) {
                int serial = serials.merge(block, 1 + random.nextInt(3), Integer::sum);
                String code = DISTRICT + "-" + block + "-" + String.format("%04d", serial);
                String name = f.name() + "厂区" + (parts.size() == 1 ? "" : new String[] {"一期", "二期", "三期"}[n]);
                String location = "杭州市临平区" + parkName + " " + serial + "号地块";
                String use = random.nextInt(100) < 6 ? LandUse.WAREHOUSE.code() : LandUse.INDUSTRIAL.code();
                parcels.add(new DemoParcel(code, name, location, use, parts.get(n), f.id(), f.parkCode()));
            }
        }
        return parcels;
    }

    /** One parcel mostly; a big holding was usually assembled in phases. */
    private int pieces(BigDecimal mu) {
        if (mu.compareTo(BigDecimal.valueOf(120)) <= 0) {
            return 1;
        }
        return mu.compareTo(BigDecimal.valueOf(300)) <= 0 ? 1 + random.nextInt(2) : 2 + random.nextInt(2);
    }

    /** Parts to 0.01 mu summing exactly to {@code total}: the last part takes the rounding. */
    private List<BigDecimal> split(BigDecimal total, int n) {
        if (n == 1) {
            return List.of(total);
        }
        double[] weights = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            weights[i] = 0.5 + random.nextDouble();
            sum += weights[i];
        }
        List<BigDecimal> parts = new ArrayList<>();
        BigDecimal given = BigDecimal.ZERO;
        for (int i = 0; i < n - 1; i++) {
            BigDecimal part = total.multiply(BigDecimal.valueOf(weights[i] / sum)).setScale(2, RoundingMode.DOWN);
            parts.add(part);
            given = given.add(part);
        }
        parts.add(total.subtract(given));
        return parts;
    }

    /** Places the firm's leased land; returns what found no room. */
    private BigDecimal place(Firm f, List<DemoParcel> parcels, BigDecimal[] leased, List<DemoLease> leases) {
        BigDecimal need = f.leasedAreaMu();
        for (boolean soft : new boolean[] {true, false}) {
            for (boolean samePark : new boolean[] {true, false}) {
                List<Integer> fits = new ArrayList<>();
                for (int i = 0; i < parcels.size(); i++) {
                    DemoParcel p = parcels.get(i);
                    if (p.ownerId() != f.id() && (!samePark || java.util.Objects.equals(p.parkCode(), f.parkCode()))
                            && room(i, p, leased[i], soft).compareTo(need) >= 0) {
                        fits.add(i);
                    }
                }
                if (!fits.isEmpty()) {
                    int i = fits.get(random.nextInt(fits.size()));
                    lease(f, i, need, leased, leases);
                    return BigDecimal.ZERO;
                }
            }
        }
        // no single parcel has room: the largest spare land, own park first, in up to three pieces
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < parcels.size(); i++) {
            if (parcels.get(i).ownerId() != f.id() && room(i, parcels.get(i), leased[i], false).signum() > 0) {
                order.add(i);
            }
        }
        order.sort(Comparator.<Integer, Boolean>comparing(i -> !java.util.Objects.equals(parcels.get(i).parkCode(),
                        f.parkCode()))
                .thenComparing(i -> room(i, parcels.get(i), leased[i], false), Comparator.reverseOrder())
                .thenComparing(i -> i));
        BigDecimal left = need;
        for (int k = 0; k < order.size() && k < MAX_PIECES && left.signum() > 0; k++) {
            int i = order.get(k);
            BigDecimal piece = left.min(room(i, parcels.get(i), leased[i], false));
            lease(f, i, piece, leased, leases);
            left = left.subtract(piece);
        }
        return left;
    }

    private BigDecimal room(int i, DemoParcel p, BigDecimal leased, boolean soft) {
        BigDecimal cap = soft ? softCaps[i] : p.areaMu();
        return cap.subtract(leased).max(BigDecimal.ZERO);
    }

    private void lease(Firm f, int parcel, BigDecimal mu, BigDecimal[] leased, List<DemoLease> leases) {
        leased[parcel] = leased[parcel].add(mu);
        double plotRatio = 0.8 + random.nextDouble() * 1.2;
        BigDecimal floor = mu.multiply(MU_M2).multiply(BigDecimal.valueOf(plotRatio)).setScale(0, RoundingMode.HALF_UP)
                .setScale(2, RoundingMode.UNNECESSARY);
        LocalDate from = LocalDate.of(2012, 1, 1).plusDays(random.nextInt(10 * 365));
        // every demo lease is in force through the years the demo evaluates (2022 on) and past today's demo
        LocalDate to = random.nextInt(4) == 0 ? null : LocalDate.of(2027 + random.nextInt(10), 12, 31);
        leases.add(new DemoLease(parcel, f.id(), mu, floor, from, to));
    }
}
