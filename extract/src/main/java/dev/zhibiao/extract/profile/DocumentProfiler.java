package dev.zhibiao.extract.profile;

import dev.zhibiao.model.Gazetteer;

import dev.zhibiao.extract.Lexicon;
import dev.zhibiao.extract.normalize.MenuLines;
import dev.zhibiao.extract.scan.WordScan;
import dev.zhibiao.model.DocumentProfile;
import dev.zhibiao.model.DocumentProfile.Evidence;
import dev.zhibiao.model.DocumentType;
import dev.zhibiao.model.Period;
import dev.zhibiao.model.Region;

import java.time.LocalDate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a document is, whose and when from its own words, as a reader does on opening a page: the title
 * or headline, the dateline, the lead, the documents it cites, its issuer and the words it calls itself by
 * ({@code 全省}, {@code 我市}). {@code 2024年某区儿童发展规划统计监测报告} is a district's monitoring report for
 * 2024; {@code 某市儿童发展规划（2021—2030年）} a city's plan to 2030; a page dated 2023 whose lead says
 * {@code 省统计局发布了2022年度…监测报告} is news about that province's statistics for 2022. What the caller gives
 * is kept. Immutable and thread-safe.
 *
 * <pre>{@code
 * DocumentProfile p = new DocumentProfiler().profile("2024年某某区儿童发展规划统计监测报告\n…");
 * p.type();     // MONITORING_REPORT
 * p.period();   // 2024
 * }</pre>
 */
public final class DocumentProfiler {
    /** Only the head of a document holds its title, dateline and lead; past it, plans quote other documents. */
    private static final int HEAD_LINES = 40;
    /** How many lines of the head may stand before a document's own title (navigation, a site's name). */
    private static final int TITLE_LINES = 14;
    private static final int HEAD_LINE_CHARS = 800;
    /** The lead: this many characters of running text after the title or headline. */
    private static final int LEAD_CHARS = 700;
    /** The body read for the year a report's figures are for. */
    private static final int BODY_CHARS = 40_000;

    /** Words only a site's navigation and furniture are written with; every head line is tested for them. */
    private static final WordScan NAVIGATION = WordScan.of(">", "»", "›", "首页", "当前位置", "您的位置", "用户名", "密码", "登录", "热线", "导航");
    /**
     * A date: 2023年5月30日, 2023-05-30, 2023/5/30, 2023.05.30, or 2023 05/30 as some sites print it. Every year
     * opens with 1 or 2: the look-ahead rejects most positions sooner than the look-behind.
     */
    private static final Pattern DATE = Pattern.compile("(?=[12])(?<![\\d.])((?:19|20)\\d\\d)(?:\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})日?"
            + "|([-/.])(\\d{1,2})\\4(\\d{1,2})|\\s+(\\d{1,2})/(\\d{1,2}))(?!\\d)");
    /** A lead opening with the day of its news: 5月31日， or 10日发布的. */
    private static final Pattern LEAD_DAY = Pattern.compile("(?m)^(?:\\d{1,2}月)?\\d{1,2}日(?:[，,讯电]|[^\\d，,。]{0,3}(?:发布|召开|举行|印发|公布|出台))");
    /** A meeting or an event held, as a headline tells it. */
    private static final Pattern EVENT_HELD = Pattern.compile("召开|举行|举办|开幕|闭幕");
    private static final Pattern CITED = Pattern.compile("《([^《》\\n]{2,60})》");

    private final TitleReader titles = new TitleReader();
    private final Gazetteer gazetteer = Gazetteer.bundled();
    private final List<String> newsWords = Lexicon.load("profile/news-words.txt").words();
    private final Map<String, String> topicWords = Lexicon.load("profile/topic-words.txt").entries();
    private final Map<String, String> issuers = Lexicon.load("profile/issuers.txt").entries();
    private final RegionVote regions = new RegionVote(gazetteer, titles);
    private final ReportYear years = new ReportYear();

    /** Profiles {@code text}, taken as already normalised, with nothing given. */
    public DocumentProfile profile(String text) {
        return profile(text, UnaryOperator.identity(), text, ProfileHints.none());
    }

    /**
     * Profiles a document.
     *
     * @param original      the text as read, whose head is taken line by line (a title is a line of its own)
     * @param normalizeLine folds lines (width, script, glosses) before they are read, keeping each a line
     * @param normalized    the whole normalised text, read for the year a report's figures are for
     * @param given         what the caller knows; kept as given
     */
    public DocumentProfile profile(String original, UnaryOperator<String> normalizeLine, String normalized,
                                   ProfileHints given) {
        // the head's lines are normalised as one block, each staying a line
        List<String> head = java.util.Arrays.stream(normalizeLine.apply(String.join("\n", head(original))).split("\n"))
                .map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<Evidence> evidence = new ArrayList<>();

        TitleReader.Title title = null;
        int titleAt = -1;
        for (int i = 0; i < Math.min(head.size(), TITLE_LINES) && title == null; i++) {
            if (NAVIGATION.in(head.get(i))) continue;
            title = titles.read(head.get(i), i + 1 < head.size() ? head.get(i + 1) : "");
            // a copy that ran its lines together opens with the title, its period closing it before a space
            if (title == null) title = titles.read(gluedTitle(head.get(i)), "");
            if (title != null) titleAt = i;
        }
        String headline = title != null ? null : headline(head);
        String lead = lead(head, titleAt);
        LocalDate dateline = dateline(head, evidence);

        DocumentType type;
        DocumentType about = null;
        String newsWord = newsWord(head, titleAt, lead, headline);
        // whether the headline and lead report figures or a plan's goals, read once for whatever asks
        String topic = topic(headline == null ? lead : headline + "\n" + lead, headline, title, dateline, newsWord != null);
        if (title != null && newsWord == null) {
            type = title.type();
            evidence.add(new Evidence("type", type.code(), title.text()));
        } else if (newsWord != null || title == null && (dateline != null || topic.startsWith("report"))) {
            type = DocumentType.NEWS;
            evidence.add(new Evidence("type", type.code(), newsWord != null ? newsWord
                    : dateline != null ? "a page with a dateline and no document title" : "figures reported without a document title"));
            about = about(topic, evidence);
        } else {
            type = DocumentType.PLAN;
        }
        if (given.type() != null && given.type() != type) {
            type = given.type();
            about = null;
            evidence.removeIf(e -> e.field().equals("type") || e.field().equals("about"));
            // told it is news, the page's words still say whether it reports figures or a plan's goals
            if (type == DocumentType.NEWS) about = about(topic, evidence);
        }
        if (given.type() != null) {
            evidence.removeIf(e -> e.field().equals("type"));
            evidence.add(Evidence.given("type", type.code()));
        }
        // a news item told its figures are of one year reports that year, unless its words speak of a plan
        if (type == DocumentType.NEWS && about == DocumentType.PLAN && given.period() != null
                && given.period().start() == given.period().end()
                && evidence.stream().anyMatch(e -> e.field().equals("about") && e.words().isEmpty())) {
            about = DocumentType.MONITORING_REPORT;
            evidence.removeIf(e -> e.field().equals("about"));
            evidence.add(new Evidence("about", about.code(), "a period of one year, given"));
        }
        boolean observes = type == DocumentType.MONITORING_REPORT || type == DocumentType.EVALUATION
                || type == DocumentType.NEWS && about == DocumentType.MONITORING_REPORT;

        String issuer = issuer(head, evidence);
        Region region;
        if (given.region() != null) {
            region = given.regionAtLevel();
            evidence.add(Evidence.given("region", region.fullName()));
        } else {
            RegionVote.Choice c = regions.choose(title == null ? null : title.text(), headline, lead,
                    normalized, given.level());
            region = c == null ? null : c.region();
            if (c != null) evidence.add(new Evidence("region", region.fullName(), c.words()));
            // 汉中市某区人民政府 issues a document that follows 《汉中市…》: the issuer's own division, below the one
            // its citations name, is the page's
            Region issuing = issuer == null ? null : issuingRegion(issuer);
            if (issuing != null && region != null && !issuing.equals(region) && issuing.chain().contains(region)) {
                region = issuing;
                evidence.add(new Evidence("region", region.fullName(), issuer));
            }
        }

        Period period = null;
        Integer reportYear = null;
        if (given.period() != null) {
            period = given.period();
            evidence.add(Evidence.given("period", period.toString()));
            if (observes) reportYear = period.end();
        } else if (observes) {
            ReportYear.Vote v = years.vote(normalized, title == null ? headline : title.text(), dateline);
            if (v != null) {
                reportYear = v.year();
                period = new Period(v.year(), v.year());
                evidence.add(new Evidence("period", period.toString(), v.words()));
            } else if (title != null && title.period() != null) {
                period = title.period();
                reportYear = period.end();
                evidence.add(new Evidence("period", period.toString(), title.text()));
            }
        } else {
            period = planPeriod(title, headline, lead, evidence);
            // a news item dated after the plan it speaks of has ended (2021-05-10, 《…纲要(2011—2020年)》) tells how the
            // plan went: it reports figures, of the year its words say or else of the plan's last year
            if (type == DocumentType.NEWS && about == DocumentType.PLAN && given.type() == null && given.period() == null
                    && dateline != null && period != null && dateline.getYear() > period.end()
                    && !speaksOfLater(normalized, dateline.getYear())) {
                about = DocumentType.MONITORING_REPORT;
                evidence.removeIf(e -> e.field().equals("about") || e.field().equals("period"));
                evidence.add(new Evidence("about", about.code(), "dated " + dateline + ", after the plan of " + period + " ended"));
                ReportYear.Vote v = years.vote(normalized, title == null ? headline : title.text(), dateline);
                reportYear = v != null && v.year() <= period.end() + 1 ? v.year() : period.end();
                period = new Period(reportYear, reportYear);
                evidence.add(new Evidence("period", period.toString(), v != null && v.year() == reportYear ? v.words() : "the plan's last year"));
            }
        }
        String shown = title != null ? title.text() : headline;
        Integer written = dateline == null ? eventYear(headline, evidence) : null;
        if (written == null && dateline == null) written = leadEventYear(lead, evidence);
        return new DocumentProfile(shown, type, about, issuer, region, period, reportYear, dateline, written, evidence);
    }

    private static List<String> head(String text) {
        List<String> out = new ArrayList<>();
        // bulleted headlines wait to see whether they run on into a site's menu, which is no part of the head
        List<String> bulleted = new ArrayList<>();
        int from = 0;
        while (from < text.length() && out.size() < HEAD_LINES) {
            int nl = text.indexOf('\n', from);
            int to = nl < 0 ? text.length() : nl;
            String line = text.substring(from, to).strip();
            from = to + 1;
            if (line.isEmpty()) continue;
            if (MenuLines.bulleted(line)) {
                bulleted.add(line);
                continue;
            }
            if (bulleted.size() < MENU_RUN) out.addAll(bulleted);
            bulleted.clear();
            // a line longer than this is running text: its opening is all a title or a lead can be
            out.add(line.length() > HEAD_LINE_CHARS ? line.substring(0, HEAD_LINE_CHARS) : line);
        }
        if (bulleted.size() < MENU_RUN) out.addAll(bulleted);
        return out.size() > HEAD_LINES ? out.subList(0, HEAD_LINES) : out;
    }

    private static final int MENU_RUN = 3;

    /** The first line that reads as a headline: short, not navigation, not a dateline, not a site's clutter. */
    /**
     * The year of the event a headline tells ({@code 某县召开2023年妇女儿童工作会议}): a page with no dateline was
     * written then. A headline with a span of years, or with two years, tells no one year.
     */
    private static Integer eventYear(String headline, List<Evidence> evidence) {
        if (headline == null || !EVENT_HELD.matcher(headline).find()) return null;
        Matcher y = HEADLINE_YEAR.matcher(headline);
        if (!y.find()) return null;
        String year = y.group(1);
        while (y.find()) {
            if (!y.group(1).equals(year)) return null;
        }
        if (PERIOD_IN_HEADLINE.matcher(headline).find()) return null;
        evidence.add(new Evidence("written", year, headline));
        return Integer.parseInt(year);
    }

    /** 记者从2024年全市卫生健康工作会议上获悉: a lead telling of the meeting its news was learnt at, and that meeting's year. */
    private static final Pattern LEAD_EVENT = Pattern.compile("记者(?:近日)?(?:从|在|于)[^，。；\\d]{0,6}?((?:19|20)\\d{2})\\s*年"
            + "[^，。；\\d]{0,30}?(?:会议|大会|座谈会|发布会|论坛|年会)(?:上|中)?(?:了解到|获悉|获知|得知)");

    /** The year of the meeting a lead says its news was learnt at, which the news is written in; or null. */
    private static Integer leadEventYear(String lead, List<Evidence> evidence) {
        if (lead == null || lead.indexOf("记者") < 0) return null;
        Matcher m = LEAD_EVENT.matcher(lead);
        if (!m.find()) return null;
        evidence.add(new Evidence("written", m.group(1), m.group()));
        return Integer.parseInt(m.group(1));
    }

    private static final Pattern HEADLINE_YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?=\\s*年)");
    private static final Pattern PERIOD_IN_HEADLINE = Pattern.compile("(?:19|20)\\d{2}\\s*年?\\s*[-—–~至到]{1,2}\\s*(?:19|20)\\d{2}");

    private static String headline(List<String> head) {
        for (int i = 0; i < Math.min(head.size(), TITLE_LINES); i++) {
            String l = head.get(i);
            if (l.length() < 6 || l.length() > 60 || NAVIGATION.in(l) || DATE.matcher(l).find()) continue;
            if (l.chars().filter(c -> c == '_' || c == '|').count() > 3) continue;
            if (l.contains("来源") || l.endsWith("。")) continue;
            return l;
        }
        return null;
    }

    /** The running text that opens the document after its title: where a news item says what it reports. */
    private static String lead(List<String> head, int titleAt) {
        StringBuilder sb = new StringBuilder();
        for (int i = titleAt + 1; i < head.size() && sb.length() < LEAD_CHARS; i++) {
            String l = head.get(i);
            if (NAVIGATION.in(l) || l.length() < 12 && !l.contains("，") && !l.contains(",")) continue;
            sb.append(l).append('\n');
        }
        return sb.length() > LEAD_CHARS ? sb.substring(0, LEAD_CHARS) : sb.toString();
    }

    private static final Pattern RELATED = Pattern.compile("(?:相关|推荐|延伸|热点|更多)(?:新闻|阅读|链接|文章|推荐|报道)");

    /** The characters before a date that make it the date of something the sentence tells of: 于, 将, 从, 至 … */
    private static final String EVENT_DATE_BEFORE = "于将从自至到截在起";

    /** True when the date at {@code at} is one a sentence tells of, not the page's (发表于2017-6-2 is the page's). */
    private static boolean eventDate(String l, int at) {
        int i = at - 1;
        while (i >= 0 && l.charAt(i) == ' ') i--;
        if (i < 0 || EVENT_DATE_BEFORE.indexOf(l.charAt(i)) < 0) return false;
        return !(l.charAt(i) == '于' && i > 0 && "表布新稿载登".indexOf(l.charAt(i - 1)) >= 0);
    }

    private static LocalDate dateline(List<String> head, List<Evidence> evidence) {
        // 2024年06月29日 星期六: a site's stamp of the day it is read, passed over for the page's own date
        LocalDate today = null;
        String todayWords = null;
        for (String l : head) {
            // 相关新闻: what follows is a list of other pages, with their own dates
            if (l.length() <= 8 && RELATED.matcher(l).lookingAt()) break;
            // - 2011-09-27《某规划》发布: a bulleted link to another page, dated as that page is
            if (!l.isEmpty() && "-•·*".indexOf(l.charAt(0)) >= 0 && l.indexOf('《') > 0) continue;
            // every date holds a year of 19xx or 20xx
            if (l.indexOf("20") < 0 && l.indexOf("19") < 0) continue;
            Matcher m = DATE.matcher(l);
            while (m.find()) {
                // a date inside a cited title or a period is not the page's own
                if (inside(l, m.start(), '《', '》')) continue;
                // nor is one a sentence sets something for (计划于2020年9月1日投入使用, 从2006年1月1日起)
                if (eventDate(l, m.start())) continue;
                int y = Integer.parseInt(m.group(1));
                int g = m.group(2) != null ? 2 : m.group(5) != null ? 5 : 7;
                int mo = Integer.parseInt(m.group(g));
                int d = Integer.parseInt(m.group(g + 1));
                if (mo < 1 || mo > 12 || d < 1 || d > 31) continue;
                try {
                    LocalDate date = LocalDate.of(y, mo, d);
                    if (WEEKDAY_AFTER.matcher(l).region(m.end(), l.length()).lookingAt()) {
                        if (today == null) {
                            today = date;
                            todayWords = m.group();
                        }
                        continue;
                    }
                    evidence.add(new Evidence("dateline", date.toString(), m.group()));
                    return date;
                } catch (java.time.DateTimeException e) {
                    // 2月30日 and the like: not a date
                }
            }
        }
        if (today != null) evidence.add(new Evidence("dateline", today.toString(), todayWords));
        return today;
    }

    /** A day of the week after a date (星期六, 周一): a calendar's stamp of the day. */
    private static final Pattern WEEKDAY_AFTER = Pattern.compile("\\s*(?:星期|礼拜|周)[一二三四五六日天]");

    /** The first word of the head that only news is written with (记者, 讯, 日前, 新闻发布会), or null. */
    private String newsWord(List<String> head, int titleAt, String lead, String headline) {
        // a document's own title is news only when its lead is written as news
        String text = titleAt >= 0 ? lead : String.join("\n", head.subList(0, Math.min(head.size(), TITLE_LINES)));
        for (String w : newsWords) {
            if (text.contains(w)) return w;
        }
        // 某县召开2023年妇女儿童工作会议: a headline telling of a meeting held; a plan's own lines may say one is
        // held every year, so only a headline tells
        if (headline != null) {
            Matcher held = EVENT_HELD.matcher(headline);
            if (held.find()) return held.group();
        }
        Matcher day = LEAD_DAY.matcher(text);
        return day.find() ? day.group() : null;
    }

    /** Whether a news item reports figures ({@code report:统计局}) or a plan's goals ({@code plan:印发}). */
    private String topic(String text, String headline, TitleReader.Title title, LocalDate dateline, boolean news) {
        // 主要目标如期实现: a goal told as reached is news of results, the goal's word no word of a plan
        if (text.contains("目标")) text = GOAL_REACHED.matcher(text).replaceAll(DocumentProfiler::reached);
        if (headline != null && headline.contains("目标")) headline = GOAL_REACHED.matcher(headline).replaceAll(DocumentProfiler::reached);
        // 发布2022年全省教育事业发展统计公报: a lead relaying a statistics report outweighs a headline's plan words
        boolean relayed = (text.contains("发布") || text.contains("公布")) && (text.contains("公报") || text.contains("报告"))
                && RELAYED_REPORT.matcher(text).find();
        int report = relayed ? 2 : 0, plan = 0;
        String firstReport = relayed ? "a statistics report relayed" : null, firstPlan = null;
        // a headline says what the page is about: words of one side alone there outweigh a passing word of the lead
        String headlineReport = null, headlinePlan = null;
        for (Map.Entry<String, String> e : topicWords.entrySet()) {
            boolean planWord = !e.getValue().equals("report");
            int n = planWord && dateline != null ? countNotPast(text, e.getKey(), dateline.getYear())
                    : DONE_WORDS.contains(e.getKey()) ? countDone(text, e.getKey()) : count(text, e.getKey());
            // 实施“巾帼创业行动计划”: a programme named in quotes is a campaign carried out, not a plan the page is about
            if (planWord && n > 0) n = Math.max(0, n - quoted(text, e.getKey()));
            if (n == 0) continue;
            boolean inHeadline = headline != null && headline.contains(e.getKey());
            if (e.getValue().equals("report")) {
                report += n;
                if (firstReport == null) firstReport = e.getKey();
                if (inHeadline && headlineReport == null) headlineReport = e.getKey();
            } else {
                plan += n;
                if (firstPlan == null) firstPlan = e.getKey();
                if (inHeadline && headlinePlan == null) headlinePlan = e.getKey();
            }
        }
        if (headlineReport != null && headlinePlan == null) return "report:" + headlineReport;
        // 教育“十四五”主要目标稳步推进 over a lead relaying a statistics bulletin: the bulletin is what the page reports
        if (headlinePlan != null && headlineReport == null && !relayed) return "plan:" + headlinePlan;
        if (title != null && title.type() != DocumentType.PLAN) report += 2;
        int[] dated = years.datedFigures(text, dateline);
        report += dated[0];
        plan += dated[1];
        if (firstReport == null && dated[0] > 0) firstReport = "figures of past years";
        if (firstPlan == null && dated[1] > 0) firstPlan = "figures for years to come";
        // a dated page whose words name neither a plan nor a goal's year tells what is
        if (report == 0 && plan == 0 && dateline != null) return "report:a dated page with no words of a plan";
        // 本报讯 …全市配备4200余名儿童主任: news whose words name neither a plan nor a goal's year tells what is
        if (report == 0 && plan == 0 && news) return "report:news with no words of a plan";
        return report > plan ? "report:" + firstReport : "plan:" + (firstPlan == null ? "" : firstPlan);
    }

    /** A statistics report a lead relays (发布2022年全省教育事业发展统计公报), which outweighs a headline's plan words. */
    private static final Pattern RELAYED_REPORT = Pattern.compile("(?:发布|公布)了?[^，。；\\n]{0,30}?(?:统计公报|监测报告|统计监测报告)");

    /**
     * The words telling a goal reached, without the goal's word: 如期实现 as written; 基本实现 as 基本达成, a word of
     * goals reached only after 目标 (a plan writes 基本实现 of what it aims at: 到2035年基本实现…).
     */
    private static String reached(java.util.regex.MatchResult m) {
        return m.group(1).startsWith("基本") ? "基本达成" : m.group(1);
    }

    /** A goal told as reached (主要目标如期实现, 目标任务全面完成), with the words telling it in group 1. */
    private static final Pattern GOAL_REACHED = Pattern.compile("(?:主要|发展|各项)?目标(?:任务)?((?:如期|提前|全面|顺利|圆满|超额|基本)(?:实现|完成))");

    /** What a news item reports on, as its topic says, with the words that said it. */
    /** A year or a five-year era after {@code year} (2025年, “十四五”): what is to come, which a review does not speak of. */
    private static final Pattern LATER = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s*年|" + dev.zhibiao.extract.Vocabulary.era());

    /** True when the page names a year or an era ending after {@code year}: it may set goals, not only review. */
    private static boolean speaksOfLater(String text, int year) {
        Matcher m = LATER.matcher(text);
        while (m.find()) {
            if (m.group(1) != null ? Integer.parseInt(m.group(1)) > year : dev.zhibiao.extract.Vocabulary.eraEnd(m.group(2)) > year) return true;
        }
        return false;
    }

    private static DocumentType about(String topic, List<Evidence> evidence) {
        DocumentType about = topic.startsWith("report") ? DocumentType.MONITORING_REPORT : DocumentType.PLAN;
        evidence.add(new Evidence("about", about.code(), topic.substring(topic.indexOf(':') + 1)));
        return about;
    }

    /** The most particular division an issuer's name opens with (汉中市某区人民政府 → 汉中市某区), or null. */
    private Region issuingRegion(String issuer) {
        List<Gazetteer.Mention> ms = gazetteer.mentions(issuer);
        return ms.isEmpty() ? null : ms.get(ms.size() - 1).region();
    }

    private String issuer(List<String> head, List<Evidence> evidence) {
        for (String l : head) {
            for (Map.Entry<String, String> e : issuers.entrySet()) {
                int at = l.indexOf(e.getKey());
                if (at < 0) continue;
                // the body's name is the words before the office's (安徽省统计局, 国家统计局)
                int from = at;
                while (from > 0 && from > at - 12 && Character.UnicodeScript.of(l.charAt(from - 1)) == Character.UnicodeScript.HAN
                        && "的和与、从在由据向对".indexOf(l.charAt(from - 1)) < 0) {
                    from--;
                }
                String name = l.substring(from, at + e.getKey().length());
                List<Gazetteer.Mention> ms = gazetteer.mentions(name);
                String issuer = !ms.isEmpty() ? name.substring(ms.get(0).start())
                        : name.startsWith("国家") || name.startsWith("国务院") || name.startsWith("全国") ? name
                        : e.getKey();
                evidence.add(new Evidence("issuer", issuer, l.length() > 60 ? l.substring(Math.max(0, at - 20),
                        Math.min(l.length(), at + 30)) : l));
                return issuer;
            }
        }
        return null;
    }

    private Period planPeriod(TitleReader.Title title, String headline, String lead, List<Evidence> evidence) {
        if (title != null && title.period() != null) {
            evidence.add(new Evidence("period", title.period().toString(), title.text()));
            return title.period();
        }
        String text = (headline == null ? "" : headline + "\n") + lead;
        Matcher cited = CITED.matcher(text);
        while (cited.find()) {
            Period p = titles.period(cited.group(1));
            if (p != null && p.start() != p.end()) {
                evidence.add(new Evidence("period", p.toString(), cited.group()));
                return p;
            }
        }
        Period era = titles.era(text);
        if (era != null) evidence.add(new Evidence("period", era.toString(), titles.eraWord(text)));
        return era;
    }

    /** A plan's name with its period in brackets ({@code 某纲要(2011-2020年)}), at a line's start. */
    private static final Pattern GLUED_TITLE = Pattern.compile("^\\p{IsHan}{2,24}?(?:纲要|规划|计划|方案)[(（]\\s*(?:19|20)\\d{2}\\s*[-—–~至]{1,2}\\s*(?:19|20)\\d{2}\\s*年?\\s*[)）]");

    /** 某纲要(2011-2020年)儿童时期是…: a copy that ran its lines together opens with the title; its words, or "". */
    static String gluedTitle(String line) {
        if (line.length() < 40) return "";
        Matcher m = GLUED_TITLE.matcher(line);
        return m.lookingAt() ? m.group() : "";
    }

    static boolean inside(String s, int at, char open, char close) {
        int o = s.lastIndexOf(open, at), c = s.lastIndexOf(close, at);
        return o >= 0 && o > c;
    }

    /**
     * How often {@code word} stands in {@code text} other than after a year before {@code year} in its clause: 自2012年
     * 正式颁布《…规划》 in a page of 2018 tells the history of a plan, not that the page is about one.
     */
    static int countNotPast(String text, String word, int year) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
            if (!pastYearBefore(text, i, year)) n++;
        }
        return n;
    }

    private static final int PAST_YEAR_REACH = 16;

    private static boolean pastYearBefore(String text, int at, int year) {
        for (int i = at - 1; i >= 3 && at - i <= PAST_YEAR_REACH; i--) {
            char c = text.charAt(i);
            if (c == '，' || c == ',' || c == '。' || c == '；' || c == '\n') return false;
            if (c == '年' && isYearAt(text, i - 4)) return Integer.parseInt(text.substring(i - 4, i)) < year;
        }
        return false;
    }

    private static boolean isYearAt(String text, int from) {
        if (from < 0) return false;
        for (int k = 0; k < 4; k++) {
            if (!Character.isDigit(text.charAt(from + k))) return false;
        }
        return (text.charAt(from) == '1' && text.charAt(from + 1) == '9' || text.charAt(from) == '2' && text.charAt(from + 1) == '0')
                && (from == 0 || !Character.isDigit(text.charAt(from - 1)));
    }

    /** Words telling a task done, which an intent before them in their clause (争取…今年全面完成) makes a promise. */
    private static final java.util.Set<String> DONE_WORDS = java.util.Set.of("如期实现", "提前实现", "全面完成", "顺利完成",
            "圆满完成", "超额完成");
    /** A year to come a goal is set for (到2035年基本实现…), which makes a word of reaching one of intent. */
    private static final Pattern YEAR_TO_COME = Pattern.compile("到\\s*(?:19|20)\\d{2}\\s*年");
    private static final Pattern INTENT = Pattern.compile("争取|力争|确保|将|要|计划|预计|今年|明年|年内|承诺");

    /** How often {@code word} stands in {@code text} telling a task done, with no intent before it in its clause. */
    static int countDone(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
            int from = i;
            while (from > 0 && i - from < 40 && "，。；,;\n".indexOf(text.charAt(from - 1)) < 0) from--;
            if (!INTENT.matcher(text).region(from, i).find() && !YEAR_TO_COME.matcher(text).region(from, i).find()) n++;
        }
        return n;
    }

    /** How far a quote's marks may stand from a word inside it. */
    private static final int QUOTE_REACH = 16;

    /** How many times {@code word} stands inside “…” (an opening mark before it and a closing one after, near). */
    static int quoted(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
            int open = text.lastIndexOf('“', i), shut = text.lastIndexOf('”', i);
            int close = text.indexOf('”', i + word.length());
            if (open >= 0 && open > shut && i - open <= QUOTE_REACH && close >= 0 && close - i <= QUOTE_REACH) n++;
        }
        return n;
    }

    static int count(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) n++;
        return n;
    }
}
