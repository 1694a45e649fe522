package io.zonebrain.fashion.allocation.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The reader on the real benchmark files (../shared/data/gap, or their copy in the test resources), and on broken ones. */
class GapReaderTest {

    /** The benchmark folder: a sibling of the repository (see the data's README), or -Dgap.data=... */
    /**
     * The shared data set next to the repository when it is there, else the byte-identical copy in the test
     * resources (src/test/resources/gap, with its README and SHA256SUMS), so a clean clone tests alone.
     */
    static final Path DATA = Path.of(System.getProperty("gap.data",
            Files.isDirectory(Path.of("../shared/data/gap")) ? "../shared/data/gap" : "src/test/resources/gap"));

    static Path data(String file) {
        Path path = DATA.resolve(file);
        assertThat(path).as("GAP benchmark file (set -Dgap.data to the folder holding gap1.txt)").exists();
        return path;
    }

    @Test
    void orLibraryFileHoldsFiveProblemsNamedTheLibrarysWay() {
        List<GapInstance> gap1 = GapReader.read(data("gap1.txt"));
        assertThat(gap1).extracting(GapInstance::name)
                .containsExactly("c515-1", "c515-2", "c515-3", "c515-4", "c515-5");
        GapInstance first = gap1.get(0);
        assertThat(first.agents()).isEqualTo(5);
        assertThat(first.jobs()).isEqualTo(15);
        assertThat(first.cost()[0][0]).isEqualTo(17);
        assertThat(first.cost()[4][14]).isEqualTo(24);
        assertThat(first.resource()[0][0]).isEqualTo(8);
        assertThat(first.indexInFile()).isEqualTo(1);
    }

    @Test
    void chuBeasleyFilesUseYagiurasNames() {
        assertThat(GapReader.read(data("gapd.txt"))).extracting(GapInstance::name)
                .containsExactly("d05100", "d05200", "d10100", "d10200", "d20100", "d20200");
    }

    @Test
    void aYagiuraFileIsOneProblemNamedAfterTheFile() {
        List<GapInstance> e = GapReader.read(data("yagiura/e801600"));
        assertThat(e).hasSize(1);
        assertThat(e.get(0).name()).isEqualTo("e801600");
        assertThat(e.get(0).agents()).isEqualTo(80);
        assertThat(e.get(0).jobs()).isEqualTo(1600);
        assertThat(e.get(0).cost()[0][0]).isEqualTo(80);
        assertThat(e.get(0).cost()[0][1]).isEqualTo(139);
    }

    @Test
    void everyFileReadsAndEveryProblemHasABestKnownValue() throws IOException {
        BestKnownValues known = BestKnownValues.read(data("best_known_values.csv"));
        List<GapInstance> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(DATA)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".md") || name.endsWith(".csv") || name.startsWith("SHA")) {
                    continue;
                }
                all.addAll(GapReader.read(file));
            }
        }
        // 60 in gap1–gap12, 24 in gapa–gapd, 57 Yagiura files (of which 24 repeat gapa–gapd).
        assertThat(all).hasSize(141);
        assertThat(all.stream().map(GapInstance::name).distinct()).hasSize(117);
        for (GapInstance gap : all) {
            assertThat(known.find(gap.name(), Sense.MIN)).as(gap.name()).isPresent();
        }
        assertThat(known.find("c515-1", Sense.MAX).orElseThrow().bestKnown()).isEqualTo(336);
        assertThat(known.find("d20200", Sense.MIN).orElseThrow().bestKnown()).isEqualTo(12238);
    }

    @Test
    void aWordWhereANumberBelongsIsReportedWithItsPosition() {
        assertThatThrownBy(() -> GapReader.read("broken.txt", "1\n2 2\n 1 x 3 4\n"))
                .isInstanceOf(GapFormatException.class)
                .hasMessage("broken.txt: line 3, column 4: 'x' is not an integer");
    }

    @Test
    void aTruncatedProblemSaysHowManyNumbersAreMissing() {
        assertThatThrownBy(() -> GapReader.read("short.txt", "2\n2 3\n1 2 3 4 5 6\n1 2 3 4 5 6\n10 10\n2 3\n1 2\n"))
                .isInstanceOf(GapFormatException.class)
                .hasMessageContaining("short.txt: problem 2 of 2: m = 2, n = 3 needs 14 more numbers")
                .hasMessageContaining("the file ends after 2");
    }

    @Test
    void numbersAfterTheLastProblemAreRejected() {
        assertThatThrownBy(() -> GapReader.read("long.txt", "1\n1 2\n1 2\n3 4\n9\n7 7\n"))
                .isInstanceOf(GapFormatException.class)
                .hasMessageStartingWith("long.txt: line 6, column 1: unexpected numbers after the last of 1 problems");
    }

    @Test
    void negativeAndZeroSizesAreRejected() {
        assertThatThrownBy(() -> GapReader.read("neg.txt", "1\n1 2\n1 2\n3 4\n-9\n"))
                .isInstanceOf(GapFormatException.class)
                .hasMessage("neg.txt: line 5, column 1: problem 1 of 1: capacity of agent 1 must not be negative, found -9");
        assertThatThrownBy(() -> GapReader.read("zero.txt", "1\n0 2\n"))
                .isInstanceOf(GapFormatException.class)
                .hasMessageContaining("zero.txt: line 2, column 1: problem 1 of 1: the number of agents m must be positive");
        assertThatThrownBy(() -> GapReader.read("empty.txt", "  \n"))
                .isInstanceOf(GapFormatException.class)
                .hasMessage("empty.txt: no numbers in the file");
    }

    @Test
    void aYagiuraStyleFileWithTheRightCountReadsAsOneProblem() {
        List<GapInstance> one = GapReader.read("tiny", "2 1\n5\n6\n3\n4\n10 10\n");
        assertThat(one).singleElement().satisfies(gap -> {
            assertThat(gap.name()).isEqualTo("tiny");
            assertThat(gap.cost()[1][0]).isEqualTo(6);
            assertThat(gap.resource()[1][0]).isEqualTo(4);
            assertThat(gap.capacity()).containsExactly(10, 10);
        });
    }
}
