package dev.zhibiao.extract.profile;

import dev.zhibiao.extract.scan.WordScan;
import dev.zhibiao.model.Gazetteer;

import dev.zhibiao.model.Level;
import dev.zhibiao.model.Region;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whose figures a document gives, read as a reader reads it: the names its title opens with weigh most, then the
 * documents its lead cites ({@code 《某省儿童发展规划》}, {@code 《中国儿童发展纲要》}), the bodies that issued it
 * ({@code 国家统计局}, {@code 某市统计局}), and the places its headline and lead name. The words a document calls
 * itself by ({@code 全国}/{@code 我国}, {@code 全省}/{@code 我省}, {@code 全市}/{@code 我市}) choose between
 * candidates of different levels.
 */
final class RegionVote {
    private static final int NAMING_CHARS = 400;
    private static final Pattern CITED = Pattern.compile("《([^《》\\n]{2,60})》");
    private static final Pattern ERA_TITLE = Pattern.compile("[“\"]?十[一二三四五六七八九]五[”\"]?\\p{IsHan}*(?:规划|纲要|计划)");
    /** Words that speak of the country, tried at each position in this order (全国 before 全国妇联). */
    private static final WordScan NATIONAL_WORDS = WordScan.of("全国", "我国", "国家统计局", "国务院", "全国妇联", "国家卫生健康委",
            "国家卫健委", "教育部", "民政部", "中国儿童", "中国妇女");
    /** The words a document calls its own region by, with the level they speak of. */
    private static final Map<String, Level> OWN = new LinkedHashMap<>();

    static {
        OWN.put("全国", Level.NATIONAL);
        OWN.put("我国", Level.NATIONAL);
        OWN.put("全省", Level.PROVINCE);
        OWN.put("我省", Level.PROVINCE);
        OWN.put("全区", Level.PROVINCE);
        OWN.put("全市", Level.CITY);
        OWN.put("我市", Level.CITY);
        OWN.put("本市", Level.CITY);
        OWN.put("全县", Level.COUNTY);
        OWN.put("我县", Level.COUNTY);
    }

    /**
     * The own-words' first characters, as one bit each, and their second characters: most characters of a body
     * are neither, and say so at once.
     */
    private static final WordScan OWN_WORDS = WordScan.of(List.copyOf(OWN.keySet()));
    private static final String OWN_SECOND = charsAt(1);

    private static String charsAt(int i) {
        return OWN.keySet().stream().map(w -> w.substring(i, i + 1)).distinct().collect(java.util.stream.Collectors.joining());
    }

    private final Gazetteer gazetteer;
    private final TitleReader titles;

    RegionVote(Gazetteer gazetteer, TitleReader titles) {
        this.gazetteer = gazetteer;
        this.titles = titles;
    }

    /** The region chosen, with the words that weighed most for it. */
    record Choice(Region region, String words) {
    }

    private static final class Tally {
        Region region;
        double score;
        String words;
        double best;
    }

    /**
     * The region of a document, or null when nothing names one.
     *
     * @param level the level the caller says the region has, or null
     */
    Choice choose(String title, String headline, String lead, String body, Level level) {
        Map<String, Tally> votes = new LinkedHashMap<>();
        double citedNation = 0;
        if (title != null) {
            Region r = resolve(titles.region(title, null));
            if (r != null) add(votes, r, 10, title);
            for (Gazetteer.Mention m : gazetteer.mentions(title)) add(votes, m.region(), 2, title);
        }
        String opening = (headline == null ? "" : headline + "\n") + lead;
        // a cited title opens with 《; most openings cite none
        Matcher cited = CITED.matcher(opening.indexOf('《') < 0 ? "" : opening);
        for (int i = 0; cited.find(); i++) {
            String name = cited.group(1);
            Region r = resolve(titles.region(name, null));
            // a plan titled by its era alone (《“十四五”公共服务规划》) is the country's: a region's names its region
            if (r == null && ERA_TITLE.matcher(name).lookingAt() && titles.era(name) != null) r = Region.NATIONAL;
            if (r == null) continue;
            // 为贯彻落实《中国儿童发展纲要》，某市印发了《某市儿童发展规划》: the document a page follows is another's,
            // the one it says was issued is its own
            String before = opening.substring(Math.max(0, cited.start() - 10), cited.start());
            double w = FOLLOWED.matcher(before).find() ? 1.5 : ISSUED.matcher(before).find() ? 6 : i == 0 ? 5 : 3;
            add(votes, r, w, cited.group());
            if (r.level() == Level.NATIONAL) citedNation += w;
        }
        // the places a page is about are named in its headline and its lead's first sentences
        String named = opening.length() > NAMING_CHARS ? opening.substring(0, NAMING_CHARS) : opening;
        for (String line : named.split("\n")) {
            List<Gazetteer.Mention> ms = gazetteer.mentions(line);
            // a line naming many places is a site's list of them, not what the page is about
            if (ms.size() >= 4 && distinct(ms) >= 4) continue;
            double w = headline != null && line.equals(headline) ? 3 : 1.5;
            for (Gazetteer.Mention m : ms) {
                // 在北京举行的报告会: where an event was held, not whose the figures are
                if (VENUE_BEFORE.matcher(line).region(Math.max(0, m.start() - 1), m.start()).find()
                        && VENUE_AFTER.matcher(line).region(m.end(), Math.min(line.length(), m.end() + 3)).lookingAt()) continue;
                if (notAMention(line, m)) continue;
                add(votes, m.region(), w, around(line, m.start()));
            }
            for (WordScan.Hit n : NATIONAL_WORDS.findAll(line)) {
                if (n.word().equals("全国") && notTheNation(line, n.start())) continue;
                // a cited title (《中国儿童发展纲要》) is weighed as a citation, above
                if (DocumentProfiler.inside(line, n.start(), '《', '》')) continue;
                add(votes, Region.NATIONAL, n.word().length() > 2 ? 3 : 1.5, around(line, n.start()));
            }
        }
        if (votes.isEmpty()) return null;
        Map<Level, Integer> own = ownWords(body);
        Tally best = null;
        for (Tally t : votes.values()) {
            // the words a document calls itself by confirm a candidate of their level
            t.best = t.score + Math.min(4, own.getOrDefault(ownLevel(t.region), 0) * 0.5);
            if (level != null && t.region.level() != level) continue;
            if (best == null || t.best > best.best) best = t;
        }
        if (best == null) return null;
        // 区妇儿工委贯彻《中国儿童发展纲要》，全区…; 男女平等是我国基本国策…全区…: a page speaking of itself at a level below
        // the nation's, which names the nation only in passing, is a place the page does not name, not the nation
        if (best.region.level() == Level.NATIONAL && level == null && best.score < 5 && lowerThanNation(own)) return null;
        // 国务院颁布的《中国…纲要》…某县紧紧围绕…: a page that names a place of its own at least twice, and the nation
        // only in the titles it cites, is that place's
        if (best.region.level() == Level.NATIONAL && level == null && best.score - citedNation < 1.5) {
            Tally place = null;
            for (Tally t : votes.values()) {
                if (t.region.level() != Level.NATIONAL && t.score >= 3 && (place == null || t.best > place.best)) place = t;
            }
            if (place != null) best = place;
        }
        // a place inside the chosen one, named as often, is the narrower subject (宜昌 on a page citing 湖北)
        for (Tally t : votes.values()) {
            if (t != best && within(t.region, best.region) && t.best >= best.best * 0.6 && (level == null || t.region.level() == level)) {
                best = t;
            }
        }
        return new Choice(best.region, best.words);
    }

    /** An aside leaving a place out of what is counted: （不含某区）, (不包括…), 除…外. */
    private static final Pattern LEFT_OUT = Pattern.compile("[（(]\\s*(?:不含|不包括|不计|除)[^（()）]{0,12}$");

    /**
     * Whether a place's name found in a line is none of the page's: one an aside leaves out (58个县（不含某区）), or the
     * end of a word (示范县 holds a county's name, 范县).
     */
    private static boolean notAMention(String line, Gazetteer.Mention m) {
        if (m.start() > 0 && line.charAt(m.start() - 1) == '示' && line.charAt(m.start()) == '范') return true;
        return LEFT_OUT.matcher(line).region(Math.max(0, m.start() - 16), m.start()).find();
    }

    /** Whether the words a page calls itself by speak of a level below the nation's more than of the nation's. */
    private static boolean lowerThanNation(Map<Level, Integer> own) {
        int lower = 0;
        for (Map.Entry<Level, Integer> e : own.entrySet()) {
            if (e.getKey() != Level.NATIONAL) lower += e.getValue();
        }
        return lower > own.getOrDefault(Level.NATIONAL, 0);
    }

    private static boolean within(Region inner, Region outer) {
        for (Region r = inner.parent(); r != null; r = r.parent()) {
            if (r.fullName().equals(outer.fullName())) return true;
        }
        return false;
    }

    /** The level whose own-words speak of {@code r}: a 直辖市 calls itself 全市 though it is of province level. */
    private static Level ownLevel(Region r) {
        if (r.level() == Level.PROVINCE && r.name().endsWith("市")) return Level.CITY;
        if (r.level() == Level.DISTRICT) return Level.COUNTY;
        return r.level();
    }

    private static Map<Level, Integer> ownWords(String body) {
        Map<Level, Integer> out = new LinkedHashMap<>();
        int end = Math.min(body.length(), 20_000) - 1;
        // every own-word is two characters, opening with 全, 我 or 本: one pass finds them all
        for (int i = 0; i < end; i++) {
            if (!OWN_WORDS.opens(body.charAt(i)) || OWN_SECOND.indexOf(body.charAt(i + 1)) < 0) continue;
            Level l = OWN.get(body.substring(i, i + 2));
            if (l == Level.NATIONAL && body.charAt(i) == '全' && notTheNation(body, i)) continue;
            if (l != null) out.merge(l, 1, Integer::sum);
        }
        return out;
    }

    /** After 全国: a national body (全国人大, 全国政协) or the nation's level a region is measured against (全国平均水平). */
    private static final Pattern NATION_AFTER = Pattern.compile("全国(?:人大|人民代表大会|政协|平均|水平|同期|前列|领先|先进|第[一二三四五六七八九十\\d]"
            // 均为全国较低水平: the nation's level, however a region stands on it
            + "|(?:较|最|中)?(?:低|高|上|下|等)水平"
            // 在全国率先提出, 全国首个, 全国示范: a region first or foremost in the nation
            + "|率先|首创|首个|首家|首批|示范|唯一"
            // 全国爱眼日, 全国儿童预防接种日, 全国安全教育周: a day or week the nation keeps, marked by a region too
            + "|[^，。；、\\s\\d]{1,8}?(?:日|周|宣传月)(?![\\d前后内])"
            // 在全国31个省份中: the nation's parts a region is ranked among
            + "|[\\d一二三四五六七八九十]{0,3}个?(?:省份|省区市|省市|省区|地市|城市|县市))");
    /**
     * Before 全国: a comparison (高于全国, 与全国…相比), an honour or event of the nation's a region takes part in
     * (入选全国…名录, 承办全国…大赛, 荣获全国…称号), or those who came from across it (来自全国的专家).
     */
    private static final Pattern NATION_BEFORE = Pattern.compile(
            "(?:高于|低于|优于|好于|超过|接近|略高于|略低于|与|比|较|同|入选|入围|获评|评为|荣获|获得|获|承办|举办|参加|列入|纳入|成为|来自|面向)$");
    /** A place named as where an event was held: 在 before it, and 举行, 召开 or 举办 right after it (在北京举行). */
    private static final Pattern VENUE_BEFORE = Pattern.compile("在$");
    private static final Pattern VENUE_AFTER = Pattern.compile("(?:隆重)?(?:举行|召开|举办|开幕)");
    /** Before a cited title: words of following another's document (为贯彻落实《…》, 根据《…》). */
    private static final Pattern FOLLOWED = Pattern.compile("(?:贯彻|落实|根据|依据|按照|对照|参照|衔接|依照)[^《，。]{0,4}$");
    /** Before a cited title: words of issuing it (某市人民政府印发了《…》). */
    private static final Pattern ISSUED = Pattern.compile("(?:印发|制定|出台|发布|编制|颁布|制订)(?:了|实施)?$");

    /**
     * True when the 全国 at {@code at} names no region of the document's own: a national body sitting in a region
     * ({@code 全国人大在津代表}) or the nation a region is compared with ({@code 高于全国平均水平}).
     */
    static boolean notTheNation(String text, int at) {
        if (NATION_AFTER.matcher(text).region(at, Math.min(text.length(), at + 8)).lookingAt()) return true;
        return NATION_BEFORE.matcher(text).region(Math.max(0, at - 3), at).find();
    }

    /** A region read from a title's opening names, completed with its parents where the gazetteer knows them. */
    private Region resolve(Region r) {
        if (r == null || r.level() == Level.NATIONAL) return r;
        Region known = gazetteer.region(r.fullName());
        return known != null ? known : r;
    }

    private static void add(Map<String, Tally> votes, Region r, double w, String words) {
        Tally t = votes.computeIfAbsent(r.fullName(), k -> new Tally());
        t.region = t.region == null || r.chain().size() > t.region.chain().size() ? r : t.region;
        if (t.words == null) t.words = words;
        t.score += w;
        // the parents of a named place are named with it, more weakly
        for (Region p = r.parent(); p != null; p = p.parent()) {
            Tally pt = votes.computeIfAbsent(p.fullName(), k -> new Tally());
            if (pt.region == null) pt.region = p;
            if (pt.words == null) pt.words = words;
            pt.score += w * 0.3;
        }
    }

    private static int distinct(List<Gazetteer.Mention> ms) {
        return (int) ms.stream().map(m -> m.region().fullName()).distinct().count();
    }

    private static String around(String line, int at) {
        return line.length() <= 60 ? line : line.substring(Math.max(0, at - 20), Math.min(line.length(), at + 30));
    }
}
