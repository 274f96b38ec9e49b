package com.copydesk.article;

import com.copydesk.body.Block;
import com.copydesk.body.BlockType;
import com.copydesk.body.BodyDocument;
import com.copydesk.body.Mark;
import com.copydesk.body.Run;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Four fictional stories for a fresh desk, the demo and the screenshots. The people, places
 * and events are invented. Ids are fixed; dates and times follow {@code now}, so the same
 * {@code now} always gives the same articles.
 */
public final class SampleArticles {

    private SampleArticles() {
    }

    /** The sample stories, one per workflow status, last modified over the few days before {@code now}. */
    public static List<Article> create(Instant now) {
        Objects.requireNonNull(now, "now");
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return List.of(
                overnightBuses(now, today),
                lakeTurnover(now, today),
                fourDayBakery(now, today),
                rowingCrew(now, today));
    }

    private static Article overnightBuses(Instant now, LocalDate today) {
        return new Article(
                id("overnight-buses"),
                "Riverton council backs overnight bus pilot after night-shift workers pack hearing",
                "A six-month trial of two late-night routes will start in March, paid for by higher "
                        + "downtown parking fees that drew sharp objections from merchants.",
                "Marisol Okafor",
                "RIVERTON",
                today.minusDays(3),
                List.of("Local", "Politics"),
                ArticleStatus.PUBLISHED,
                BodyDocument.of(
                        p("The Riverton City Council voted 6–3 on Tuesday night to fund a six-month trial of "
                                + "overnight bus service, a change that hospital orderlies, warehouse crews and "
                                + "restaurant workers had sought for more than two years."),
                        p(t("The pilot adds two routes, the "), b("N1 Harbor Line"), t(" and the "),
                                b("N4 Eastside Loop"), t(", running every 40 minutes between 11:30 p.m. and "
                                        + "5 a.m. Service is expected to begin March 3, pending the hiring of "
                                        + "eleven drivers.")),
                        p("More than 80 people signed up to speak at the four-hour hearing, many still in scrubs "
                                + "or safety vests. Several described walking home along unlit stretches of Canal "
                                + "Street after the last bus leaves at 11:10 p.m."),
                        h2("Who pays for it"),
                        p("The trial will cost an estimated $1.9 million. Most of it will come from raising "
                                + "downtown parking meters from $1.50 to $2 an hour, with the rest drawn from the "
                                + "transit agency’s reserve fund."),
                        p("That plan drew objections from the Downtown Merchants Association, whose president, "
                                + "Ray Delacroix, said the increase would “push shoppers to the malls at exactly "
                                + "the wrong moment.” Council member Ana Ruiz-Belmonte, who voted against the "
                                + "measure, urged the city to seek a state grant first."),
                        p("Supporters countered that the cost of doing nothing is already being paid — by "
                                + "workers. Council member Howard Teague, who sponsored the pilot, read aloud from a "
                                + "letter by a night nurse at St. Brendan’s Medical Center."),
                        quote("“I spend forty dollars a week on rides home, or I walk half an hour in the dark. "
                                + "Neither one should be the price of keeping a hospital open.”"),
                        Block.of(BlockType.PULLQUOTE, Run.plain("“Neither one should be the price of keeping a "
                                + "hospital open.”")),
                        h2("What happens next"),
                        p(t("Under the ordinance, the transit agency must report ridership every month, and the "
                                + "council will vote in September on whether to make the routes permanent. Teague "
                                + "said he would call the pilot a success at "), i("roughly 350 riders a night"),
                                t(".")),
                        p("The ordinance sets three conditions for the September vote:"),
                        item("average weekday ridership of at least 350 across both routes;"),
                        item("no more than one missed trip in fifty;"),
                        item("a survey of riders and of businesses along the routes."),
                        p(t("Transit director Lena Marsh said the agency would post the new timetables at stops by "
                                + "mid-February and on its "), Run.link("service page", "https://transit.example.org/night"),
                                t(". “We know this is a test,” she said. “We intend to pass it.”"))),
                now.minus(Duration.ofDays(6)),
                now.minus(Duration.ofDays(3).plusHours(4)));
    }

    private static Article lakeTurnover(Instant now, LocalDate today) {
        return new Article(
                id("lake-turnover"),
                "Harrow Lake is turning over weeks earlier, five-year sensor study finds",
                "Buoys kept afloat by students and volunteer anglers show the lake’s spring mixing arriving "
                        + "about 19 days sooner than in the 1980s, with consequences for trout and tap water.",
                "Tobias Reinholt",
                "NORTH ASHBY",
                today.plusDays(2),
                List.of("Science", "Local"),
                ArticleStatus.IN_REVIEW,
                BodyDocument.of(
                        p(t("Every spring, the cold water at the bottom of Harrow Lake and the warmer water above "
                                + "it mix into one, a process limnologists call "), i("turnover"),
                                t(". A new study from Ashby State University suggests that moment now comes nearly "
                                        + "three weeks earlier than it did a generation ago.")),
                        p(t("The findings, published this week in the "), i("Journal of Freshwater Systems"),
                                t(", draw on five years of readings from six solar-powered buoys anchored across "
                                        + "the lake. Each buoy measures temperature and dissolved oxygen at ten "
                                        + "depths every 15 minutes.")),
                        h2("A volunteer network"),
                        p("The project began in 2020 as a class assignment. Dr. Zoë Ångström, the hydrologist who "
                                + "leads it, said undergraduates and members of the Harrow Lake Anglers’ Club now "
                                + "handle most of the upkeep, including hauling the buoys out before the ice "
                                + "forms each December."),
                        quote("“We have more than two million measurements, and a good share of them exist because "
                                + "retirees were willing to get up at six on a Saturday with a wrench.”"),
                        p(t("Comparing the buoy data with hand-recorded surveys from 1984 to 1991, the team found "
                                + "that turnover now arrives on average on "), b("April 2"),
                                t(", compared with April 21 in the earlier period.")),
                        h2("Why it matters"),
                        p("An earlier turnover lengthens the summer stretch when the lake is layered, which can "
                                + "starve deep water of oxygen. That matters for lake trout, which need cold, "
                                + "oxygen-rich water, and for the county water utility, which draws from an intake "
                                + "30 feet down."),
                        h3("The utility is watching"),
                        p("Utility spokesperson Gail Frémont said low-oxygen water can release manganese from the "
                                + "lake bed, giving tap water a brown tint. The utility has added a second intake "
                                + "depth to its capital plan and will review the study’s data before its budget "
                                + "hearing in May."),
                        p("Ångström cautioned that five years is a short record. “This is a signal worth taking "
                                + "seriously, not a verdict,” she said. The team plans to keep the buoys in the "
                                + "water for at least another decade.")),
                now.minus(Duration.ofDays(9)),
                now.minus(Duration.ofHours(26)));
    }

    private static Article fourDayBakery(Instant now, LocalDate today) {
        return new Article(
                id("four-day-bakery"),
                "A 90-year-old bakery tries a four-day week — and keeps its ovens full",
                "Halvorsen & Daughters cut its opening days without cutting pay. Six months in, sales are up "
                        + "slightly and nobody has quit.",
                "Priya Venkataraman",
                "MILLBROOK",
                today.plusDays(1),
                List.of("Business"),
                ArticleStatus.READY,
                BodyDocument.of(
                        p("For most of its 90 years, Halvorsen & Daughters has opened at 5 a.m. six days a week. "
                                + "Since April, the bakery on Front Street has been closed on Mondays and Tuesdays, "
                                + "and its 14 employees work four ten-hour shifts for the same weekly pay."),
                        p("Owner Kristin Halvorsen, the founder’s granddaughter, said the change began with a "
                                + "problem she could not solve with wages alone: she had lost three experienced "
                                + "bakers in a single year."),
                        quote("“I could not outbid the supermarket chains on pay. I could offer people their "
                                + "weekends back.”"),
                        h2("The numbers so far"),
                        p(t("According to figures the bakery shared with the "), i("Chronicle"),
                                t(", revenue from April through September rose "), b("4 percent"),
                                t(" over the same months last year. Halvorsen credits longer hours on the days the "
                                        + "shop is open and a new Saturday wholesale route to three cafés in "
                                        + "Eastport.")),
                        p("Ingredient waste has fallen, she said, because the team now plans production in fewer, "
                                + "larger batches. The electricity bill dropped by about a fifth with the ovens cold "
                                + "two days a week."),
                        p("Not everyone was sold at first. Head baker Tomasz Wiśniewski said the longer shifts took "
                                + "getting used to. “The tenth hour on your feet is a different hour than the "
                                + "eighth,” he said. “But I have not worked a Sunday since spring, and my kids "
                                + "noticed.”"),
                        h2("Customers adjust"),
                        p("Some regulars grumbled about losing their Monday loaf. The bakery answered with a "
                                + "“weekend bundle” on Saturdays — two loaves, a dozen rolls and a tin of its "
                                + "cardamom buns — which now makes up nearly a tenth of sales."),
                        p("Dana Whitcombe, an economist at the Millbrook Small Business Center, said the results of "
                                + "one shop should be read with caution, but that owners across the county have "
                                + "been asking about them. “Labor is the constraint now, not demand,” she said. "
                                + "“Schedules are one of the few levers a small employer controls.”"),
                        p("Halvorsen said the four-day week will stay, at least through next year.")),
                now.minus(Duration.ofDays(4)),
                now.minus(Duration.ofHours(5)));
    }

    private static Article rowingCrew(Instant now, LocalDate today) {
        return new Article(
                id("rowing-crew"),
                "Greenhaven’s girls’ eight earns first trip to the national rowing regatta",
                "The club trains from a borrowed dock in a boat older than its rowers. Now it needs $18,000 to "
                        + "reach the start line.",
                "Declan Murray-Hughes",
                "GREENHAVEN",
                today.plusDays(5),
                List.of("Sports"),
                ArticleStatus.DRAFT,
                BodyDocument.of(
                        p("The Greenhaven Rowing Club’s under-17 girls’ eight finished second at the regional "
                                + "championships on Saturday, a result that sends the crew to the national youth "
                                + "regatta in June for the first time in the club’s 22-year history."),
                        p(t("The crew covered the 1,500-meter course in "), b("5 minutes, 12.4 seconds"),
                                t(", a little over a second behind the winners from Lakeport and almost four "
                                        + "seconds clear of the third-place boat.")),
                        h2("A borrowed dock"),
                        p(t("The club has no boathouse of its own. Its shells sit on racks behind the municipal "
                                + "marina, and the rowers launch from a dock lent by the Greenhaven Sailing "
                                + "Association. The eight they raced in, nicknamed "), i("the Old Lady"),
                                t(", was built in 1998 and bought secondhand.")),
                        p("Coach Ifeoma Adeyemi-Clarke, who rowed for the club as a teenager, said the crew’s edge "
                                + "comes from its dawn sessions on the river. “When the water is flat at 6 a.m., you "
                                + "learn to feel every stroke,” she said. “These nine have not missed a morning "
                                + "since October.”"),
                        quote("“Nobody gave us a chance at the start of the season. We stopped listening to that "
                                + "pretty quickly.”"),
                        p("That was Hana Okonkwo-Berg, 16, who rows in the stroke seat, speaking after the race "
                                + "as the crew carried the boat back up the bank."),
                        h2("The bill"),
                        p("Travel, lodging and trailer rental for the regatta will cost about $18,000, according "
                                + "to club treasurer Martin Lindqvist. Families have pledged part of it, and the "
                                + "club will hold a 24-hour indoor rowing marathon in the high school gym on May 10 "
                                + "to raise the rest."),
                        p("Lindqvist said several shops on Water Street have offered to sponsor individual seats "
                                + "in the boat. “We are not proud,” he said. “We will paint a name on an oar if it "
                                + "gets us there.”")),
                now.minus(Duration.ofDays(2)),
                now.minus(Duration.ofMinutes(40)));
    }

    // ---------------------------------------------------------------- building blocks

    private static UUID id(String slug) {
        return UUID.nameUUIDFromBytes(("copydesk:sample-article:" + slug).getBytes(StandardCharsets.UTF_8));
    }

    private static Block p(String text) {
        return Block.paragraph(text);
    }

    private static Block p(Run... runs) {
        return new Block(BlockType.PARAGRAPH, new ArrayList<>(List.of(runs)));
    }

    private static Block h2(String text) {
        return Block.of(BlockType.HEADING2, Run.plain(text));
    }

    private static Block h3(String text) {
        return Block.of(BlockType.HEADING3, Run.plain(text));
    }

    private static Block item(String text) {
        return Block.of(BlockType.BULLET_ITEM, Run.plain(text));
    }

    private static Block quote(String text) {
        return Block.of(BlockType.QUOTE, Run.plain(text));
    }

    private static Run t(String text) {
        return Run.plain(text);
    }

    private static Run b(String text) {
        return Run.of(text, Mark.BOLD);
    }

    private static Run i(String text) {
        return Run.of(text, Mark.ITALIC);
    }
}
