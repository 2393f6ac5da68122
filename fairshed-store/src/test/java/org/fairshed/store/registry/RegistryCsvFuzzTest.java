package org.fairshed.store.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.fairshed.common.InputException;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzz of the registry CSV reader (issue 11 §5: mutated uploads never fail otherwise than as bad input): 10,000
 * mutations of a valid file — bytes flipped, inserted, deleted, quotes and separators scattered, lines cut or
 * repeated, invalid UTF-8 — each either reads, or reports its bad rows with a line, or refuses the file with an
 * {@link InputException} naming it. No other exception, and a reported error always names the file.
 */
class RegistryCsvFuzzTest {

    private static final int MUTATIONS = 10_000;
    private static final long SEED = 20261202L;
    private static final String SOURCE = "registry.csv";
    private static final String VALID = String.join(",", RegistryCsv.COLUMNS) + "\r\n"
            + "1,kyiv-oblast,м. Бориспіль,вул. Київський Шлях,12,,50.35,30.95,3.1,,\r\n"
            + "2,kyiv-oblast,м. Бориспіль,\"вул. Привокзальна, 2\",5А,корпус 2,50.34,30.96,3.1;4.2,,\r\n"
            + "3,lviv,м. Львів,вул. Городоцька,101,,,,1.2,,\r\n";
    private static final String ALPHABET = ",\"\r\n;.-0123456789 aбвґ'’\u0000\u00ff";

    @Test
    void theUnmutatedFileReadsCleanly() {
        ImportErrors errors = new ImportErrors(SOURCE);
        RegistryCsvReader reader = new RegistryCsvReader(new ByteArrayInputStream(VALID.getBytes(StandardCharsets.UTF_8)),
                errors, RegistryImportParameters.defaults());
        int rows = 0;
        while (reader.hasNext()) {
            reader.next();
            rows++;
        }
        assertThat(errors.sorted()).isEmpty();
        assertThat(rows).isEqualTo(3);
    }

    @Test
    void mutatedFilesAreReadOrRefusedAsBadInputNeverOtherwise() {
        SplittableRandom rng = new SplittableRandom(SEED);
        byte[] valid = VALID.getBytes(StandardCharsets.UTF_8);
        int refused = 0;
        int withRowErrors = 0;
        for (int i = 0; i < MUTATIONS; i++) {
            byte[] input = mutate(valid, rng);
            ImportErrors errors = new ImportErrors(SOURCE);
            try {
                RegistryCsvReader reader = new RegistryCsvReader(new ByteArrayInputStream(input), errors,
                        RegistryImportParameters.defaults());
                while (reader.hasNext()) {
                    assertThat(reader.next()).isNotNull();
                }
                if (!errors.isEmpty()) {
                    withRowErrors++;
                    assertThat(errors.sorted()).allSatisfy(e -> assertThat(e.getMessage()).startsWith(SOURCE));
                }
            } catch (InputException e) {
                refused++;
                assertThat(e.getMessage()).as("mutation %d", i).startsWith(SOURCE);
            } catch (RuntimeException e) {
                fail("mutation %d threw %s on %s", i, e, new String(input, StandardCharsets.UTF_8), e);
            }
        }
        assertThat(refused + withRowErrors).as("the mutations do reach the error paths").isGreaterThan(MUTATIONS / 4);
    }

    private static byte[] mutate(byte[] valid, SplittableRandom rng) {
        StringBuilder s = new StringBuilder(new String(valid, StandardCharsets.UTF_8));
        int edits = 1 + rng.nextInt(6);
        for (int e = 0; e < edits && s.length() > 0; e++) {
            int at = rng.nextInt(s.length());
            switch (rng.nextInt(5)) {
                case 0 -> s.deleteCharAt(at);
                case 1 -> s.insert(at, ALPHABET.charAt(rng.nextInt(ALPHABET.length())));
                case 2 -> s.setCharAt(at, ALPHABET.charAt(rng.nextInt(ALPHABET.length())));
                case 3 -> s.setLength(at);
                default -> s.insert(at, s.substring(at, Math.min(s.length(), at + 1 + rng.nextInt(40))));
            }
        }
        byte[] bytes = s.toString().getBytes(StandardCharsets.UTF_8);
        if (rng.nextInt(10) == 0 && bytes.length > 0) {
            bytes[rng.nextInt(bytes.length)] = (byte) (0x80 | rng.nextInt(0x40));  // invalid UTF-8
        }
        return bytes;
    }
}
