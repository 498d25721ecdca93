package org.openepr.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The benchmark's synthetic population, computed rather than stored: patient {@code i} of bench trust
 * {@code t} always has the same id, NHS number, name, birth date and address, so the loader and the
 * Gatling simulation agree without the simulation reading the database.
 *
 * <p>NHS numbers come from the 999 range (never issued to a real person): the nine-digit stems
 * 999000000..999999999 whose Modulus 11 check digit is not 10, in increasing order, indexed 0..N-1
 * (N = 909,091). Trust {@code t} is loaded with indices {@code [t*P, (t+1)*P)}; the indices from
 * {@code trusts*P} on were loaded into no trust and are used for registrations during the run.
 */
public final class SyntheticPatients {

    /** {@code registered_by} of every loaded row; rows registered through the API carry the user's name. */
    public static final String LOADER = "bench-loader";
    public static final String FHIR_NHS = "https://fhir.nhs.uk/Id/nhs-number";
    public static final String FHIR_ODS = "https://fhir.nhs.uk/Id/ods-organization-code";

    private static final int[] VALID_STEMS = validStems();

    private static final String[] FAMILY = {
        "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson",
        "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall",
        "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill",
        "Ward", "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison", "Morgan", "Allen",
        "James", "Scott", "Phillips", "Watson", "Davis", "Parker", "Price", "Bennett", "Young", "Griffiths",
        "Mitchell", "Kelly", "Cook", "Carter", "Richardson", "Bailey", "Collins", "Bell", "Shaw", "Murphy",
        "Miller", "Cox", "Richards", "Khan", "Marshall", "Anderson", "Simpson", "Ellis", "Adams", "Singh",
        "Begum", "Wilkinson", "Foster", "Chapman", "Powell", "Webb", "Rogers", "Gray", "Mason", "Ali",
        "Hunt", "Hussain", "Campbell", "Matthews", "Owen", "Palmer", "Holmes", "Mills", "Barnes", "Knight",
        "Lloyd", "Butler", "Russell", "Barker", "Fisher", "Stevens", "Jenkins", "Murray", "Dixon", "Harvey",
        "Graham", "Pearson", "Ahmed", "Fletcher", "Walsh", "Kaur", "Gibson", "Howard", "Andrews", "Stewart",
        "Elliott", "Reynolds", "Saunders", "Payne", "Fox", "Ford", "Pearce", "Day", "Brooks", "West",
        "Lawrence", "Cole", "Atkinson", "Bradley", "Spencer", "Gill", "Dawson", "Ball", "Burton", "Obrien",
        "Watts", "Rose", "Booth", "Perry", "Ryan", "Grant", "Wells", "Armstrong", "Francis", "Rees",
        "Okafor", "Nowak", "Kowalski", "Mensah", "Osei", "Chen", "Wang", "Nguyen", "Rahman", "Chowdhury"};
    private static final String[] GIVEN_FEMALE = {
        "Olivia", "Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Isabella", "Rosie", "Sophia", "Grace", "Freya",
        "Florence", "Willow", "Evie", "Poppy", "Ella", "Margaret", "Susan", "Patricia", "Linda", "Barbara", "Elizabeth",
        "Jennifer", "Mary", "Sarah", "Karen", "Helen", "Joan", "Dorothy", "Fatima", "Aisha", "Priya", "Zara",
        "Chloe", "Emily", "Hannah", "Jessica", "Lucy", "Megan"};
    private static final String[] GIVEN_MALE = {
        "Oliver", "George", "Noah", "Arthur", "Muhammad", "Leo", "Harry", "Oscar", "Archie", "Henry", "Theodore",
        "Freddie", "Jack", "Charlie", "Thomas", "James", "William", "Joshua", "Daniel", "Samuel", "David", "John",
        "Robert", "Michael", "Peter", "Paul", "Richard", "Stephen", "Andrew", "Christopher", "Mark", "Ian", "Ravi",
        "Amir", "Yusuf", "Kwame", "Tomasz", "Luca", "Ethan", "Liam"};
    private static final String[] STREETS = {
        "High", "Station", "Church", "Park", "Victoria", "Green", "Manor", "Kings", "Queens", "Mill", "School",
        "New", "North", "South", "London", "Grange", "Springfield", "Windsor", "Albert", "Chapel"};
    private static final String[] STREET_KINDS = {"Street", "Road", "Lane", "Avenue", "Close", "Way", "Drive", "Gardens"};
    private static final String[][] TOWNS = {
        {"Leeds", "LS"}, {"Manchester", "M"}, {"Birmingham", "B"}, {"Bristol", "BS"}, {"Sheffield", "S"},
        {"Newcastle upon Tyne", "NE"}, {"Liverpool", "L"}, {"Nottingham", "NG"}, {"Leicester", "LE"}, {"Norwich", "NR"},
        {"York", "YO"}, {"Exeter", "EX"}, {"Plymouth", "PL"}, {"Cambridge", "CB"}, {"Oxford", "OX"}, {"Reading", "RG"},
        {"Brighton", "BN"}, {"Southampton", "SO"}, {"Hull", "HU"}, {"Derby", "DE"}, {"Stoke-on-Trent", "ST"},
        {"Bradford", "BD"}, {"Coventry", "CV"}, {"Wolverhampton", "WV"}, {"Sunderland", "SR"}, {"Preston", "PR"},
        {"London", "E"}, {"London", "N"}, {"London", "SE"}, {"London", "SW"}};
    private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
    private static final String PRACTICE_LETTERS = "ABCDEFGHJKLMNPY";
    private static final long FIRST_BIRTH_DAY = LocalDate.of(1925, 1, 1).toEpochDay();
    private static final long LAST_BIRTH_DAY = LocalDate.of(2024, 12, 31).toEpochDay();

    private final int trusts;
    private final int perTrust;

    public SyntheticPatients(int trusts, int perTrust) {
        if (trusts < 1 || trusts > 99 || perTrust < 1) {
            throw new IllegalArgumentException("1..99 trusts and at least one patient each");
        }
        if ((long) trusts * perTrust + 1000 > VALID_STEMS.length) {
            throw new IllegalArgumentException("At most " + (VALID_STEMS.length - 1000) + " patients in all: the 999 range holds "
                    + VALID_STEMS.length + " valid NHS numbers and 1,000 are kept for registrations");
        }
        this.trusts = trusts;
        this.perTrust = perTrust;
    }

    public static SyntheticPatients fromConfig() {
        return new SyntheticPatients(BenchConfig.integer("trusts", 30), BenchConfig.integer("patients", 30_000));
    }

    public int trusts() {
        return trusts;
    }

    public int perTrust() {
        return perTrust;
    }

    /** RB01..RB30: the shape of an NHS trust ODS code (a letter then letters and digits), not a real trust. */
    public static String trustCode(int t) {
        return String.format(Locale.ROOT, "RB%02d", t + 1);
    }

    public static String username(int t) {
        return "bench." + trustCode(t).toLowerCase(Locale.ROOT);
    }

    /** Index of the first NHS number that no trust was loaded with: registrations start here. */
    public int firstFreeIndex() {
        return trusts * perTrust;
    }

    public static int validNumbers() {
        return VALID_STEMS.length;
    }

    // ---- NHS numbers -----------------------------------------------------------------------------

    /** Modulus 11: weights 10..2 over the first nine digits; 11 - (sum mod 11); 11 becomes 0; 10 means no valid number. */
    public static int checkDigit(String firstNine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (firstNine.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        return check == 11 ? 0 : check;
    }

    private static int[] validStems() {
        int[] stems = new int[1_000_000];
        int n = 0;
        for (int s = 0; s < 1_000_000; s++) {
            // the same sum as checkDigit("999" + s): digits 9,9,9 weigh 10,9,8; the six of s weigh 7..2
            int sum = 9 * 10 + 9 * 9 + 9 * 8;
            for (int i = 0, rest = s; i < 6; i++, rest /= 10) {
                sum += (rest % 10) * (2 + i);
            }
            if (11 - (sum % 11) != 10) {
                stems[n++] = s;
            }
        }
        return Arrays.copyOf(stems, n);
    }

    private static String stem(int s) {
        return "999" + String.format(Locale.ROOT, "%06d", s);
    }

    /** The {@code k}-th valid NHS number of the 999 range, in increasing order. */
    public static String nhsNumber(int k) {
        String nine = stem(VALID_STEMS[k]);
        return nine + checkDigit(nine);
    }

    /** The index of a valid 999-range NHS number, or a negative number if it is not one. */
    public static int indexOf(String nhsNumber) {
        if (nhsNumber == null || !nhsNumber.matches("999\\d{7}")) {
            return -1;
        }
        int i = Arrays.binarySearch(VALID_STEMS, Integer.parseInt(nhsNumber.substring(3, 9)));
        return i >= 0 && nhsNumber.equals(nhsNumber(i)) ? i : -1;
    }

    // ---- people ------------------------------------------------------------------------------------

    /** A synthetic person as the patient table and a UK Core Patient hold them. */
    public record Person(UUID id, String nhsNumber, String family, String given, LocalDate birthDate, String gender,
                         String line1, String line2, String town, String postcode, String gpPractice) {

        public String searchName() {
            return family.strip().toUpperCase(Locale.ROOT);
        }

        /** What a clerk types to find them: the first four letters of the family name (all of a shorter one). */
        public String familyPrefix() {
            return family.length() <= 4 ? family : family.substring(0, 4);
        }

        /** A UK Core Patient resource for POST /fhir/Patient. */
        public String toFhirJson() {
            StringBuilder json = new StringBuilder(640);
            json.append("{\"resourceType\":\"Patient\",\"identifier\":[{\"system\":\"").append(FHIR_NHS)
                    .append("\",\"value\":\"").append(nhsNumber).append("\"}],")
                    .append("\"name\":[{\"use\":\"official\",\"family\":\"").append(family).append("\",\"given\":[\"").append(given).append("\"]}],")
                    .append("\"gender\":\"").append(gender.toLowerCase(Locale.ROOT)).append("\",")
                    .append("\"birthDate\":\"").append(birthDate).append("\",")
                    .append("\"address\":[{\"use\":\"home\",\"line\":[\"").append(line1).append('"');
            if (line2 != null) {
                json.append(",\"").append(line2).append('"');
            }
            json.append("],\"city\":\"").append(town).append("\",\"postalCode\":\"").append(postcode).append("\"}],")
                    .append("\"generalPractitioner\":[{\"type\":\"Organization\",\"identifier\":{\"system\":\"").append(FHIR_ODS)
                    .append("\",\"value\":\"").append(gpPractice).append("\"}}]}");
            return json.toString();
        }
    }

    /** Patient {@code i} (0-based) loaded into bench trust {@code t} (0-based). */
    public Person patient(int t, int i) {
        if (t < 0 || t >= trusts || i < 0 || i >= perTrust) {
            throw new IndexOutOfBoundsException("trust " + t + " patient " + i);
        }
        return person(t, nhsNumber(t * perTrust + i), mix(0x5EEDL + (long) t * 1_000_003L + i));
    }

    /** A new person for trust {@code t} with the given (fresh) NHS number; {@code salt} varies the details. */
    public static Person newPerson(int t, String nhsNumber, long salt) {
        return person(t, nhsNumber, mix(salt ^ Long.parseLong(nhsNumber) * 31 + t));
    }

    private static Person person(int t, String nhsNumber, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        UUID id = new UUID((r.nextLong() & ~0xF000L) | 0x4000L, (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
        int g = r.nextInt(100);
        String gender = g < 49 ? "FEMALE" : g < 98 ? "MALE" : g < 99 ? "OTHER" : "UNKNOWN";
        String[] givens = gender.equals("FEMALE") || (gender.equals("OTHER") && r.nextBoolean()) ? GIVEN_FEMALE : GIVEN_MALE;
        String family = FAMILY[r.nextInt(FAMILY.length)];
        String given = givens[r.nextInt(givens.length)];
        LocalDate born = LocalDate.ofEpochDay(FIRST_BIRTH_DAY + r.nextLong(LAST_BIRTH_DAY - FIRST_BIRTH_DAY + 1));
        String line1 = (1 + r.nextInt(240)) + " " + STREETS[r.nextInt(STREETS.length)] + " " + STREET_KINDS[r.nextInt(STREET_KINDS.length)];
        String line2 = r.nextInt(4) == 0 ? "Flat " + (1 + r.nextInt(30)) : null;
        String[] town = TOWNS[r.nextInt(TOWNS.length)];
        String postcode = town[1] + (1 + r.nextInt(28)) + " " + r.nextInt(10)
                + INWARD_LETTERS.charAt(r.nextInt(INWARD_LETTERS.length())) + INWARD_LETTERS.charAt(r.nextInt(INWARD_LETTERS.length()));
        String practice = PRACTICE_LETTERS.charAt(t % PRACTICE_LETTERS.length()) + String.format(Locale.ROOT, "%05d", (t * 100 + r.nextInt(60)) % 100_000);
        return new Person(id, nhsNumber, family, given, born, gender, line1, line2, town[0], postcode, practice);
    }

    /** One row of {@code COPY patient (...) FROM STDIN} in text format (the values hold no tab, newline or backslash). */
    public static void appendCopyRow(StringBuilder out, String trust, Person p, Instant at) {
        out.append(trust).append('\t').append(p.id()).append('\t').append(p.nhsNumber()).append('\t')
                .append(p.family()).append('\t').append(p.given()).append('\t').append(p.searchName()).append('\t')
                .append(p.birthDate()).append('\t').append(p.gender()).append('\t').append(p.line1()).append('\t')
                .append(p.line2() == null ? "\\N" : p.line2()).append('\t').append(p.town()).append('\t')
                .append(p.postcode()).append('\t').append(p.gpPractice()).append('\t')
                .append(at).append('\t').append(LOADER).append('\t').append(at).append('\t').append(LOADER).append("\t1\n");
    }

    public static final String COPY_COLUMNS = "trust, id, nhs_number, family_name, given_name, search_name, birth_date, gender, "
            + "address_line1, address_line2, town, postcode, gp_practice, registered_at, registered_by, updated_at, updated_by, version";

    /** SplitMix64 finaliser: spreads consecutive seeds. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
