package com.copydesk.bench;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.body.Block;
import com.copydesk.body.BlockType;
import com.copydesk.body.BodyDocument;
import com.copydesk.body.Mark;
import com.copydesk.body.Run;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Realistic articles from a fixed seed: the same seed always gives the same articles in the same
 * order. Bodies run from 100 to 5,000 words (most between 400 and 1,500), with subheads, block
 * quotes, bold and italic runs, curly quotes and, in places, accented, Cyrillic, CJK text and emoji.
 * Lists and links are not in the body model yet; add them here when the model has them.
 */
public final class DatasetGenerator {

    public static final long SEED = 20261125L;
    /** Appears in about one article in 200, for searches that must look far. */
    public static final String RARE_WORD = "Quetzaltenango";

    private static final String[] WORDS = ("the of and to in a is that for it as was with be by on not he this are or his "
            + "from at which but have an they you were her she there been one all we their has would when if so no "
            + "council mayor city budget vote police school hospital election minister government court river bridge "
            + "market prices workers union strike company shares report study scientists climate water energy power "
            + "road traffic housing rent families children teachers doctors patients residents neighbours officials "
            + "plan proposal decision meeting week year month yesterday today morning evening night spokesperson said "
            + "told according statement announced approved rejected delayed expected increase decrease percent million "
            + "billion funding project construction district county province village festival museum theatre season "
            + "team match goal coach players league title championship final victory defeat record history future "
            + "local national international regional federal public private small large new old early late first last "
            + "question answer evidence investigation inquiry trial judge jury lawyer defendant witness charge verdict "
            + "storm flood drought fire heat snow wind forecast weather farmers harvest crops food supply demand export "
            + "import trade tariff bank interest rate inflation economy growth jobs unemployment wages pension tax").split(" ");

    private static final String[] UNICODE_WORDS = {"café", "naïve", "Zürich", "São Paulo", "Łódź", "Kraków", "Москва",
            "東京", "서울", "Ελλάδα", "façade", "jalapeño", "Ærøskøbing", "🙂", "📰", "—", "Ünïcödé", "İstanbul"};

    private static final String[] BYLINES = {"Maria Keller", "José Álvarez", "Zoë Brontë", "Søren Lindqvist", "李明",
            "Amara Okafor", "Tom Becker", "Nguyễn Thị Lan", "Olga Petrova", "Sam O'Neill"};

    private static final String[] DATELINES = {"SPRINGFIELD", "RIVERTON", "ZÜRICH", "SÃO PAULO", "KRAKÓW", "NAIROBI",
            "TOKYO", "ATHENS", "DUBLIN", ""};

    private static final String[] CATEGORIES = {"Politics", "Business", "Science", "Culture", "Sports", "Local",
            "World", "Opinion", "Technology"};

    private static final ArticleStatus[] STATUSES = {ArticleStatus.DRAFT, ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW,
            ArticleStatus.READY, ArticleStatus.PUBLISHED, ArticleStatus.PUBLISHED, ArticleStatus.PUBLISHED};

    private static final Instant EPOCH = Instant.parse("2024-01-01T06:00:00Z");

    private final Random random;
    private final int minWords;
    private final int maxWords;
    private long index;

    public DatasetGenerator(long seed, int minWords, int maxWords) {
        this.random = new Random(seed);
        this.minWords = minWords;
        this.maxWords = maxWords;
    }

    /** The standard generator: seed {@link #SEED}, 100 to 5,000 words. */
    public static DatasetGenerator standard() {
        return new DatasetGenerator(SEED, 100, 5_000);
    }

    /** The next article of the sequence, with a realistic length. */
    public Article next() {
        // Log-normal around 800 words, clipped to the range: many short items, a long tail of features.
        double words = Math.exp(Math.log(800) + 0.7 * random.nextGaussian());
        return next((int) Math.max(minWords, Math.min(maxWords, words)));
    }

    /** The next article of the sequence, with a body of exactly {@code words} words. */
    public Article next(int words) {
        long i = index++;
        UUID id = new UUID((random.nextLong() & ~0xF000L) | 0x4000L, (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
        Instant created = EPOCH.plus(Duration.ofMinutes(i * 7 + random.nextInt(7)));
        Instant modified = created.plus(Duration.ofMinutes(random.nextInt(600)));
        ArticleStatus status = STATUSES[random.nextInt(STATUSES.length)];
        LocalDate publishDate = status == ArticleStatus.PUBLISHED || status == ArticleStatus.READY
                ? LocalDate.ofInstant(modified, ZoneOffset.UTC).plusDays(random.nextInt(3)) : null;
        return new Article(id, capitalize(sentenceWords(5 + random.nextInt(8))), capitalize(sentenceWords(10 + random.nextInt(16))) + ".",
                BYLINES[random.nextInt(BYLINES.length)], DATELINES[random.nextInt(DATELINES.length)], publishDate,
                categories(), status, body(words), created, modified);
    }

    private List<String> categories() {
        List<String> names = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        while (names.size() < count) {
            String name = CATEGORIES[random.nextInt(CATEGORIES.length)];
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** A body of exactly {@code words} words in paragraphs, subheads and quotes. */
    public BodyDocument body(int words) {
        List<Block> blocks = new ArrayList<>();
        boolean rare = random.nextInt(200) == 0;
        int left = words;
        int sinceSubhead = 0;
        while (left > 0) {
            if (sinceSubhead >= 5 + random.nextInt(6) && left > 40) {
                int size = Math.min(left, 3 + random.nextInt(4));
                BlockType type = random.nextInt(4) == 0 ? BlockType.HEADING3 : BlockType.HEADING2;
                blocks.add(new Block(type, List.of(Run.plain(capitalize(sentenceWords(size))))));
                left -= size;
                sinceSubhead = 0;
                continue;
            }
            boolean quote = random.nextInt(12) == 0;
            int size = Math.min(left, quote ? 15 + random.nextInt(25) : 40 + random.nextInt(80));
            List<Run> runs = paragraph(size, rare && blocks.size() == 1);
            if (quote) {
                runs = new ArrayList<>(runs);
                runs.add(0, Run.plain("“"));
                runs.add(Run.plain("”"));
            }
            blocks.add(new Block(quote ? BlockType.QUOTE : BlockType.PARAGRAPH, runs));
            left -= size;
            sinceSubhead++;
        }
        return new BodyDocument(blocks);
    }

    private List<Run> paragraph(int words, boolean withRareWord) {
        List<Run> runs = new ArrayList<>();
        int left = words;
        while (left > 0) {
            int size = Math.min(left, 8 + random.nextInt(18));
            String sentence = capitalize(sentenceWords(size)) + ". ";
            if (withRareWord) {
                sentence = RARE_WORD + " " + sentence.substring(sentence.indexOf(' ') + 1);
                withRareWord = false;
            }
            int roll = random.nextInt(10);
            if (roll == 0) {
                runs.add(Run.of(sentence, Mark.BOLD));
            } else if (roll == 1) {
                runs.add(Run.of(sentence, Mark.ITALIC));
            } else if (roll == 2) {
                int cut = sentence.indexOf(' ') + 1;
                runs.add(Run.plain(sentence.substring(0, cut)));
                runs.add(Run.of(sentence.substring(cut), Mark.BOLD, Mark.ITALIC));
            } else {
                runs.add(Run.plain(sentence));
            }
            left -= size;
        }
        Run last = runs.get(runs.size() - 1);
        runs.set(runs.size() - 1, new Run(last.text().stripTrailing(), last.marks()));
        return runs;
    }

    private String sentenceWords(int count) {
        StringBuilder sentence = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                sentence.append(' ');
            }
            if (random.nextInt(60) == 0) {
                sentence.append(UNICODE_WORDS[random.nextInt(UNICODE_WORDS.length)].replace(' ', '-'));
            } else {
                double u = random.nextDouble();
                sentence.append(WORDS[(int) (WORDS.length * u * u)]);
            }
        }
        return sentence.toString();
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
