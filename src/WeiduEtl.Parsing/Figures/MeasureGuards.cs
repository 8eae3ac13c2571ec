namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// Units that measure only in some places. 门 classifies courses, subjects, languages, skills and guns (3门课程,
/// 两门外语), and is otherwise part of a name (三门峡) or a set phrase; after Arabic digits it always counts (选考3门,
/// 3门统一高考成绩), since names are written in Chinese numerals. 城 after Arabic digits counts cities (上线32城地铁),
/// not when it starts a word (5城市, 2城区). 分 after Arabic digits is a score (150分, 满分100分), except after the hour
/// of a clock time (9时30分, 10点15分) and in fractions (3分之1). 金, 银 and 铜 count medals only in a tally (7金3银).
/// 人 before 口 or 民 is the noun 人口 or 人民, which a count of ten thousands counts without a unit (近14亿人口, 14亿人民). 节 counts lessons
/// and carriages after Arabic digits or before 课 (100多节课程, 两节课), never in the holidays' 两节.
/// 趟 and 列 count runs and trains only next to a vehicle (124趟车, 13列火车, 开行货车75列); 站 counts stops and 圈 laps unless they start
/// a word (站点, 圈子); 下 counts strokes only after Arabic digits at a clause's end (挥动手臂300下。), never in 一下 or
/// 3下降. 日 is a duration only before 内 or a bound (十日内返还, 30日以内, 十日以上十五日以下的拘留) or after a word of a span (近十日,
/// 连续30日); anywhere else it is a date. 集 counts episodes (共40集, 分为6集, 30集电视剧) unless it starts a word (三集团, 两集中). 字 counts characters of
/// a text after Arabic digits or a magnitude (共1.2万字, 260余万字, 800字以内), never after a small Chinese numeral (十字路口,
/// 三字经, 一字一句). 载 counts years unless it carries (七十载风雨; 千载难逢, 载有). 旬 counts decades of an age after 年近,
/// 年过 and the like (年近八旬) or before a noun of the old (八旬老人); 番 doublings after 翻 (翻一番); 届 editions after 连续 or a verb of holding or taking part (连续两届, 已举办4届,
/// 参加过9届); 期 sessions of a course after Arabic digits before a break (举办读书班337期，; 一期工程, 第3期 are names); 棒 and the
/// place words 镇 and 村 only after Arabic digits (1500万棒, 4镇29村; 接力第一棒, 三村 are names);
/// 毛 tenths of a yuan before 钱, or after Arabic digits before a break (每袋多卖2毛。; 毛泽东, 毛衣 and the name 三毛 are words).
/// 度 after a Chinese numeral and before a verb counts times, not degrees (三度入选, 两度夺冠); 成 is tenths unless it starts a word (G20成员).
/// </summary>
internal static class MeasureGuards
{
    private static readonly string[] ClassifiedByMen =
        ["课程", "课", "科目", "学科", "功课", "专业", "语言", "外语", "技术", "技能", "手艺", "学问", "艺术", "考试", "火炮", "大炮", "炮"];

    /// <summary>What 趟 counts runs of (124趟车, 8趟列车); before anything else it is verbal (跑一趟).</summary>
    private static readonly string[] Vehicles = ["车", "列车", "火车", "动车", "高铁", "班车", "班列", "航班", "客车", "货车", "公交", "船"];

    /// <summary>
    /// Characters after 站 and 圈 that make them the start of a word or the verb "stand" (站点, 站长, 站在; 圈子, 圈内)
    /// rather than a count of stops or laps.
    /// </summary>
    private static string WordsStartingWith(char unit) => unit == '站' ? "点台长岗稳在起上立住着前务区内" : "子内外层地定养粉";

    /// <summary>Characters after 城 that make it the start of a word (城市, 城区, 城镇, 城乡), not a count of cities.</summary>
    private const string WordsStartingWithCheng = "市区镇乡际郊墙门管建中内外";

    /// <summary>Characters after 成 that make it the start of a word (G20成员, 成为, 成立, 成果), not tenths (八成以上, 增长两成).</summary>
    private const string WordsStartingWithTenths = "员为立功果绩交就熟型效败才片套群批倍";

    /// <summary>
    /// Characters after 成 that start a word only after an Arabic number (20成本, 3成都): after a Chinese numeral they are
    /// what the tenths measure (三成家庭, 六成年轻人, 八成品牌).
    /// </summary>
    private const string WordsStartingWithTenthsAfterDigits = "本都长品年家";

    /// <summary>Characters after 镇 and 村 that make them the start of a word (村民, 村委, 镇长, 村级), not a count of places.</summary>
    private const string WordsStartingWithVillage = "民委干级长里庄镇村组办政党医小中街区域容貌";

    /// <summary>Characters after 集 that make it the start of a word (集团, 集中, 集体, 集市), not a count of episodes.</summary>
    private const string WordsStartingWithJi = "团中体市镇合聚结资成约装散训会齐";

    /// <summary>Whether <paramref name="unit"/> printed at <paramref name="position"/> (right after a number) measures there.</summary>
    public static bool Measures(string text, int position, string unit) => unit switch
    {
        "门" => AfterArabicDigit(text, position) || ClassifiedByMen.Any(noun => string.CompareOrdinal(text, position + 1, noun, 0, noun.Length) == 0),
        "城" => AfterArabicDigit(text, position) && (position + 1 >= text.Length || !WordsStartingWithCheng.Contains(text[position + 1], StringComparison.Ordinal)),
        "分" => IsScore(text, position),
        "金" or "银" or "铜" => IsMedalCount(text, position),
        "人" => !Follows(text, position, "口") && !Follows(text, position, "民"),
        "节" => AfterArabicDigit(text, position) || Follows(text, position, "课") || Follows(text, position, "车"),
        "趟" or "列" => Vehicles.Any(v => Follows(text, position, v)) || AfterVehicle(text, position),
        "站" or "圈" => position + 1 >= text.Length || !WordsStartingWith(text[position]).Contains(text[position + 1], StringComparison.Ordinal),
        "下" => AfterArabicDigit(text, position) && LabelWords.EndsClauseAt(text, position + 1),
        "日" => (Follows(text, position, "内") && !Follows(text, position, "内蒙古")) || Follows(text, position, "以内")
            || text.EndsWithAnyAt(NumberStart(text, position), SpanLeads)
            || Follows(text, position, "以上") && !Follows(text, position, "以上午") || Follows(text, position, "以下"),
        "字" => AfterArabicDigit(text, position) || AfterCountedMagnitude(text, position),
        "载" => CountsYears(text, position),
        "旬" => text.EndsWithAnyAt(NumberStart(text, position), DecadeOfAgeLeads) || text.WordAt(position + 1, Elders) is not null,
        "番" => text.EndsWithAnyAt(NumberStart(text, position), DoublingVerbs),
        "届" => text.EndsWithAnyAt(NumberStart(text, position), EditionLeads),
        "毛" => Follows(text, position, "钱") || AfterArabicDigit(text, position) && (position + 1 >= text.Length || !FigureReader.IsHan(text[position + 1])),
        "集" => position + 1 >= text.Length || !WordsStartingWithJi.Contains(text[position + 1], StringComparison.Ordinal),
        "球" => text.EndsWithAnyAt(NumberStart(text, position), GoalVerbs)
            && (position + 1 >= text.Length || !WordsStartingWithQiu.Contains(text[position + 1], StringComparison.Ordinal)),
        "级" => IsForce(text, position),
        "口" => Follows(text, position, "人") || AfterArabicDigit(text, position) && text.EndsWithAnyAt(NumberStart(text, position), FamilyWords)
            || AfterArabicNumber(text, position) && (LabelWords.EndsClauseAt(text, position + 1)
                || HollowThings.Contains(text[position + 1], StringComparison.Ordinal)),
        "度" => !IsTimesAdverb(text, position),
        "成" => position + 1 >= text.Length
            || !WordsStartingWithTenths.Contains(text[position + 1], StringComparison.Ordinal)
            && !(AfterArabicDigit(text, position) && WordsStartingWithTenthsAfterDigits.Contains(text[position + 1], StringComparison.Ordinal)),
        "眼" or "段" => AfterArabicNumber(text, position),
        "期" => AfterArabicNumber(text, position) && LabelWords.EndsClauseAt(text, position + 1),
        "棒" => AfterArabicNumber(text, position) && !Follows(text, position, "球"),
        "镇" or "村" => AfterArabicNumber(text, position)
            && (position + 1 >= text.Length || !WordsStartingWithVillage.Contains(text[position + 1], StringComparison.Ordinal)),
        "匹" => AfterArabicNumber(text, position) || HorsesAndCloth.Any(noun => Follows(text, position, noun)),
        "方" => AfterArabicNumber(text, position)
            && (position + 1 >= text.Length || !FigureReader.IsHan(text[position + 1]) || EarthWords.Contains(text[position + 1], StringComparison.Ordinal)),
        _ when CountedDivisions.IsDivision(unit) => CountedDivisions.Counts(text, position, unit),
        _ when CountedNouns.IsCountedNoun(unit) => CountedNouns.Counts(text, position, unit),
        _ => true,
    };

    /// <summary>
    /// What 口 counts after Arabic digits besides people: wells, pits, ponds, cellars and pots (新打机井30口, 挖池200口，, 15口鱼塘).
    /// A Chinese numeral before 口 is left alone (一口气, 三口之家).
    /// </summary>
    private const string HollowThings = "井池塘窖窑泉缸锅";

    /// <summary>
    /// 攻入15球, 打进2球, 丢了3球: 球 counts goals after a verb of scoring or conceding; elsewhere it is a ball or a word. The
    /// verbs are matched by their end, so 进 and 入 stand for 攻入, 打进, 踢进 and the rest.
    /// </summary>
    private static readonly string[] GoalVerbs = ["进", "入", "进了", "入了", "丢", "丢了", "失", "失了", "独中"];

    /// <summary>Characters after 球 that make it the start of a word (球队, 球员, 球场, 球迷), not a count of goals.</summary>
    private const string WordsStartingWithQiu = "队员场迷馆类星鞋拍衣门网台技";

    /// <summary>
    /// 北风3到4级, 阵风6级, 风力达8级, 6.5级地震, 7级大风: 级 measures the force of a wind on its scale after the wind, or a quake's
    /// magnitude or a gale's force before the word; a range's lower bound reaches back over the joint (3到4级). Anywhere else
    /// 级 is a grade or part of a name (三级医院, 一级响应, 5A级景区, 万吨级).
    /// </summary>
    private static bool IsForce(string text, int position)
    {
        if (text.WordAt(position + 1, ForcedByScale) is { } scale)
        {
            // 四级地震应急响应 is a level of the emergency response, not a magnitude.
            return text.WordAt(position + 1 + scale.Length, ResponseWords) is null;
        }
        var start = NumberStart(text, position);
        while (start > 0 && RangeJoints.Contains(text[start - 1], StringComparison.Ordinal) && start - 1 > 0
            && ChineseNumeral.IsNumberLetter(text[start - 2]))
        {
            start = NumberStart(text, start - 1);
        }
        return start < position && text.EndsWithAnyAt(start, WindWords);
    }

    private static readonly string[] ForcedByScale = ["地震", "余震", "强震", "大风", "阵风", "以上大风", "左右的大风"];

    private static readonly string[] ResponseWords = ["应急", "响应"];

    private static readonly string[] WindWords = ["风", "风力", "风力达", "风力达到", "风力为", "风力在", "风达", "阵风达", "风力可达", "阵风可达"];

    private const string RangeJoints = "到至～~-—－";

    /// <summary>
    /// 三度入选, 两度夺冠, 一度陷入: a Chinese numeral with 度 before a verb says how many times, not how many degrees; a
    /// temperature or a unit of power in Chinese numerals ends its clause or goes on to a bound or a noun (零下三度，, 十度左右,
    /// 两度电, 四十度的高温). Degrees in Arabic digits always measure.
    /// </summary>
    private static bool IsTimesAdverb(string text, int position) =>
        position > 0 && (ChineseNumeral.IsChineseDigit(text[position - 1]) || text[position - 1] == '十')
        && position + 1 < text.Length && FigureReader.IsHan(text[position + 1])
        && !DegreeFollowers.Contains(text[position + 1], StringComparison.Ordinal);

    /// <summary>What may follow 度 of degrees written in Chinese numerals: a bound, 的, or the noun measured.</summary>
    private const string DegreeFollowers = "左以的电多余高低之";

    /// <summary>一家三口, 全家5口: words for a family before a count of its members in 口.</summary>
    private static readonly string[] FamilyWords = ["家", "一家", "全家", "家里", "家中", "家庭"];

    /// <summary>
    /// 7金3银, 收获2金: a medal tally is a run of counts each followed by 金, 银 or 铜, or a count after a verb of winning;
    /// anywhere else the character is a word of its own (五金, 三银行).
    /// </summary>
    private static bool IsMedalCount(string text, int position)
    {
        var numberStart = position;
        while (numberStart > 0 && ChineseNumeral.IsDigitOrTen(text[numberStart - 1]))
        {
            numberStart--;
        }
        var after = position + 1;
        var next = after;
        while (next < text.Length && ChineseNumeral.IsDigitOrTen(text[next]))
        {
            next++;
        }
        return numberStart < position
            && (next > after && next < text.Length && Medals.Contains(text[next], StringComparison.Ordinal)
                || numberStart > 0 && Medals.Contains(text[numberStart - 1], StringComparison.Ordinal)
                || MedalVerbs.Any(v => text.AsSpan(0, numberStart).EndsWith(v, StringComparison.Ordinal)));
    }

    private const string Medals = "金银铜";

    private static readonly string[] MedalVerbs = ["获得", "收获", "夺得", "摘得", "斩获", "揽获", "拿下", "赢得", "获"];


    /// <summary>Whether <paramref name="word"/> follows the unit's one character at <paramref name="position"/>.</summary>
    private static bool Follows(string text, int position, string word) =>
        string.CompareOrdinal(text, position + 1, word, 0, word.Length) == 0;

    /// <summary>开行客车581列、货车1749列: the vehicle may stand before the number instead, as in a tally.</summary>
    private static bool AfterVehicle(string text, int position) =>
        NumberStart(text, position) is var numberStart && numberStart < position && text.EndsWithAnyAt(numberStart, Vehicles);

    /// <summary>
    /// 七十载风雨, 五十载春秋, 叙七十载情谊: 载 after a numeral is a year of written style, unless the numeral is a bare 千, 万 or
    /// 半 (千载难逢, 一年半载) or 载 is the verb "carry" (载有, 载客, 载重).
    /// </summary>
    private static bool CountsYears(string text, int position) =>
        position > 0 && text[position - 1] is not ('千' or '万' or '半')
        && (position + 1 >= text.Length || !CarryingWords.Contains(text[position + 1], StringComparison.Ordinal))
        || position > 1 && text[position - 1] is '千' or '万' && ChineseNumeral.IsNumberLetter(text[position - 2]);

    /// <summary>停水近十日, 连续30日, 为期十日: after these a number of 日 is a span, never a day of the month.</summary>
    private static readonly string[] SpanLeads = ["近", "将近", "连续", "为期", "历时", "长达", "持续", "整整"];

    /// <summary>年近八旬, 年过七旬, 年逾六旬: 旬 counts decades of a person's age after these words, never elsewhere (上旬, 中旬).</summary>
    private static readonly string[] DecadeOfAgeLeads = ["年近", "年过", "年逾", "年届", "年已", "已过", "年满", "年方", "年愈"];

    /// <summary>八旬老人, 七旬老汉: before a noun of the old, 旬 is the decades of their age too.</summary>
    private static readonly string[] Elders = ["老人", "老者", "老翁", "老妪", "老汉", "老太", "老党员", "老兵"];

    /// <summary>翻一番, 翻了两番: 番 counts doublings after 翻; elsewhere it is "a kind of" (一番话, 三番五次).</summary>
    private static readonly string[] DoublingVerbs = ["翻", "翻了"];

    /// <summary>连续两届, 已举办4届: 届 counts editions after these words; elsewhere a numeral before 届 numbers a sitting (十九届).</summary>
    private static readonly string[] EditionLeads = ["连续", "举办", "举办了", "举行了", "办了", "连任", "参加", "参加过", "参加了", "出战", "出战过", "出战了", "参赛"];

    /// <summary>Where the number ending right before the unit at <paramref name="position"/> starts.</summary>
    public static int NumberStart(string text, int position)
    {
        var start = position;
        while (start > 0 && (ChineseNumeral.IsNumberLetter(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }
        return start;
    }

    /// <summary>Characters after 载 that make it the verb "carry" (载有, 载客, 载货, 载重, 载体, 载人).</summary>
    private const string CarryingWords = "有客货重体人入荷运着满难";

    /// <summary>1.2万字, 260余万字, 三千字: a magnitude after a numeral; a bare 千 or 万 (千字文) counts nothing.</summary>
    private static bool AfterCountedMagnitude(string text, int position) =>
        position > 1 && text[position - 1] is '万' or '千'
        && (ChineseNumeral.IsNumberLetter(text[position - 2]) || text[position - 2] is '余' or '多' or '.');

    /// <summary>What 匹 counts after a Chinese numeral (三匹马, 两百匹布); 七匹狼 is a name.</summary>
    private static readonly string[] HorsesAndCloth = ["马", "骡", "驴", "骆驼", "布", "绸"];

    /// <summary>What cubic metres counted with 方 are of (3000方土, 2万方石料, 500方混凝土).</summary>
    private const string EarthWords = "土石沙砂混";

    /// <summary>12眼, 200多匹, 10万方, 3.5万余方: Arabic digits or their magnitude, with 余 or 多 after them or not.</summary>
    public static bool AfterArabicNumber(string text, int position)
    {
        var at = BeforeApproximation(text, position) - 1;
        return at >= 0 && ChineseNumeral.IsArabicDigit(text[at])
            || at > 0 && text[at] is '万' or '千' or '亿' && ChineseNumeral.IsArabicDigit(text[at - 1]);
    }

    /// <summary>Where the number before <paramref name="position"/> ends once the 余 or 多 after it is stepped over (120余|堆).</summary>
    public static int BeforeApproximation(string text, int position)
    {
        while (position > 0 && text[position - 1] is '余' or '多')
        {
            position--;
        }
        return position;
    }

    private static bool AfterArabicDigit(string text, int position) => position > 0 && ChineseNumeral.IsArabicDigit(text[position - 1]);

    private static bool IsScore(string text, int position)
    {
        if (position == 0 || !char.IsAsciiDigit(text[position - 1]) || (position + 1 < text.Length && text[position + 1] == '之'))
        {
            return false;
        }
        var start = position - 1;
        while (start > 0 && (char.IsAsciiDigit(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }
        return start == 0 || text[start - 1] is not ('时' or '点' or ':' or '：');
    }
}
