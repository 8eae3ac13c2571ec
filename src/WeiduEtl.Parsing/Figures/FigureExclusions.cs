namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// Numbers that are printed with a unit yet are not quantities. Each rule is about how the number stands in
/// the sentence, not about particular phrases.
/// </summary>
internal static class FigureExclusions
{
    /// <summary>Words before a number that make it an ordinal or a name: 第3网格, 初五, 周三, 八届五次.</summary>
    private static readonly string[] OrdinalMarkers = ["第", "初", "周", "星期", "礼拜", "届", "No.", "NO.", "编号", "序号"];

    /// <summary>Words that make 一 + a duration a measured span of time (为期一个月) rather than "one day, …" (有一天).</summary>
    private static readonly string[] DurationMarkers = ["为期", "历时", "用时", "耗时", "仅用", "只用", "用了", "花了", "持续", "长达", "达", "共", "经过", "历经",
        "需", "需要", "整整", "足足", "缩短到", "缩短至", "缩短为", "压缩到", "压缩至", "延长到", "延长至"];

    /// <summary>
    /// Words before 一 + a duration that make it the starting value of a change (由原先的一个工作日，缩短到…), which is
    /// measured as its end is.
    /// </summary>
    private static readonly string[] ChangeStarts = ["由", "从", "由原先的", "由原来的", "从原来的", "从原先的", "由过去的", "从过去的", "由以前的", "从以前的"];

    /// <summary>
    /// Words after 一 + a duration that make it the span up to now (一年来, 一个月以来) or a stretch that something fills
    /// (一年里，…; 一周内完成; 停工一周之久), not "one day, …"; after 的 it is still the article (新的一年里).
    /// </summary>
    private static readonly string[] SinceMarkers = ["来", "以来", "里", "内", "之内", "之久"];

    /// <summary>一天就办好了: how soon, when no amount follows in the clause; 一天就有124趟车 is the base of a rate.</summary>
    private const string Soon = "就";

    /// <summary>Verbs that put a motto in quotation marks: 坚持“用14个月的努力抓好12个月的产量”.</summary>
    private static readonly string[] MottoVerbs = ["坚持", "秉持", "秉承", "践行", "提出", "树立", "牢记", "倡导", "奉行", "贯彻", "围绕", "按照", "遵循", "确立", "喊出"];

    /// <summary>Words after a unit of money that make it the base of an exchange rate: 1美元约合4.07雷亚尔.</summary>
    private static readonly string[] RateWords = ["约合", "折合", "兑换", "兑", "合"];

    /// <summary>Words before a unit of money that make it the base of a rate written the other way (71.5卢比兑1美元).</summary>
    private static readonly string[] RateLeads = ["兑换", "兑"];

    private const int SloganMaxLength = 12;
    private const int MottoMaxLength = 30;
    private const int TitleMaxLength = 80;

    public static bool IsExcluded(string body, FigureCandidate figure) =>
        IsOrdinal(body, figure)
        || IsCode(body, figure)
        || IsArticle(body, figure)
        || IsReduplicated(body, figure)
        || IsPeriod(body, figure)
        || IsRank(body, figure)
        || IsDigitCount(body, figure)
        || StructureCounts.SumsUpList(body, figure)
        || AbstractCounts.IsStructure(body, figure)
        || IsInsideSetName(body, figure)
        || EventNames.IsInsideName(body, figure)
        || IsTimeAgo(body, figure)
        || IsSessionNumber(body, figure)
        || IsEverywhere(body, figure)
        || IsRateBase(body, figure)
        || IsInsideTitleOrSlogan(body, figure)
        || QuotedHonours.IsInsideName(body, figure)
        || FormulaCounts.IsFormula(body, figure)
        || YearNumbers.IsYear(body, figure)
        || Anniversaries.IsAnniversary(body, figure)
        || PlanNames.IsInsideName(body, figure)
        || NamedOrganisations.IsInsideName(body, figure)
        || PlaceNames.IsInsideName(body, figure)
        || SettlementNames.IsInsideName(body, figure)
        || StreetNames.IsInsideName(body, figure)
        || IdiomaticPercent.IsIdiom(body, figure)
        || QuotedVerses.IsInsideVerse(body, figure)
        || TravelTimeZones.IsZoneName(body, figure)
        || PeriodNames.IsInsideName(body, figure)
        || ParallelSayings.IsSaying(body, figure)
        || YearSlogans.IsInsideSlogan(body, figure)
        || BrandNames.IsInsideName(body, figure)
        || ReignYears.IsReignYear(body, figure)
        || ReferredBackPeople.PointsBack(body, figure)
        || RepeatedCounts.PointsBack(body, figure)
        || NegatedSpans.IsFigureOfSpeech(body, figure)
        || LunarDays.IsDayOfMonth(body, figure)
        || DottedDates.IsDayOfMonth(body, figure)
        || SystemNames.IsInsideName(body, figure)
        || AddressNumbers.IsAddress(body, figure)
        || TeamNumbers.IsTeamName(body, figure)
        || CumulativePeriods.IsPeriodOfTotal(body, figure)
        || Surroundings.IsAllAround(body, figure)
        || OrdinalLists.IsListedOrdinal(body, figure)
        || InscriptionLengths.IsInscriptionLength(body, figure)
        || FrequencySayings.IsSaying(body, figure)
        || StretchSayings.IsSaying(body, figure)
        || QuotedTerms.RepeatsQuotedTerm(body, figure);

    /// <summary>
    /// 两位数增长, 三位数: a count of digits says how large another number is, not how many people; 两位数学教师 are people.
    /// </summary>
    private static bool IsDigitCount(string body, FigureCandidate figure) =>
        figure.Unit == "位" && figure.End < body.Length && body[figure.End] == '数'
        && (figure.End + 1 >= body.Length || body[figure.End + 1] is not ('学' or '据'));

    /// <summary>
    /// 位列前三位, 前十名: a place in a ranking, not a count of people; nor are the places a match decides (三四名决赛, 五六名排位赛).
    /// </summary>
    private static bool IsRank(string body, FigureCandidate figure) =>
        figure.Unit is "位" or "名" && figure.Start == figure.NumberStart && figure.Start > 0 && body[figure.Start - 1] == '前'
        && (figure.Start < 2 || !"提之以目当此空".Contains(body[figure.Start - 2], StringComparison.Ordinal))
        || figure.Unit == "名" && body.WordAt(figure.End, PlacingMatches) is not null;

    private static readonly string[] PlacingMatches = ["决赛", "排位赛", "争夺战", "之争"];

    /// <summary>
    /// Names of events, techniques and rules that hold a numeral (冬季两项, 铁人三项, 十项全能, 三次采油, 三次产业, 八项规定), the set
    /// phrase for time off work (8小时之外, 八小时以外: the working day outside which it lies) and idioms built on numerals
    /// (三番五次 "again and again", 一年半载 "a year or so", 货比三家 "shop around", 两条腿走路 "two ways at once") and proverbs (十年树木，百年树人;
    /// 十年磨一剑; 半斤八两 "six of one, half a dozen of the other"; 上下五千年, the whole of Chinese history; 一百八十度大转弯
    /// "a U-turn"; 三分钟热度 "a passing fancy"; 一百个放心 "wholly at ease"; 三天打鱼两天晒网 "by fits and starts"; 十年寒窗 "years of
/// study"; 三个臭皮匠 and 一个篱笆三个桩 "many hands"; the line of policy 一个中心、两个基本点): no count.
    /// </summary>
    private static readonly string[] SetNames = ["冬季两项", "铁人三项", "现代五项", "十项全能", "七项全能", "三次采油", "三次产业", "二次创业", "三级跳远",
        "八项规定", "8小时之外", "八小时之外", "8小时以外", "八小时以外", "三番五次", "三番两次", "三令五申", "三天两头", "三年五载", "一年半载", "货比三家", "两条腿走路",
        "十年树木", "百年树人", "十年磨一剑", "一万年太久", "半斤八两", "上下五千年",
        "一百八十度大转弯", "180度大转弯", "三分钟热度", "五分钟热度", "一百个放心", "三天打鱼两天晒网", "三天打鱼，两天晒网",
        "十年寒窗", "三个臭皮匠", "一个篱笆三个桩", "一个好汉三个帮", "两个基本点"];

    /// <summary>The text with set names taken out, so the numerals in them count as none.</summary>
    public static string WithoutSetNames(string text) => SetNames.Aggregate(text, (t, name) => t.Replace(name, "", StringComparison.Ordinal));

    private static bool IsInsideSetName(string body, FigureCandidate figure)
    {
        // A loop, not Any with a lambda: a closure and a delegate for every number read.
        foreach (var name in SetNames)
        {
            var from = Math.Max(0, figure.Start - name.Length + 1);
            var at = body.IndexOf(name, from, Math.Min(body.Length - from, figure.End - from + name.Length - 1), StringComparison.Ordinal);
            if (at >= 0 && at <= figure.NumberStart && at + name.Length >= figure.NumberStart + figure.NumberText.Length)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// 10年前 and 3个月前 name a point in time (ten years ago), not a span; so does a span with 后, 之后, 以前 or 以后
    /// opening its clause, with a comma after it or not (10天之后，…; 10年后双方按比例分成; 入伍，4年后复员: "four
    /// years later"), while 项目3个月后完工, inside its clause, still says how long until.
    /// </summary>
    private static bool IsTimeAgo(string body, FigureCandidate figure)
    {
        if (figure.Kind != UnitKind.Time || figure.End >= body.Length)
        {
            return false;
        }
        if (body[figure.End] == '前')
        {
            return true;
        }
        var link = body.WordAt(figure.End, PointLinks);
        var end = figure.End + (link?.Length ?? 0);
        return link is not null && end < body.Length
            && (figure.Start == 0 || LabelWords.ClauseBreaks.Contains(body[figure.Start - 1], StringComparison.Ordinal));
    }

    private static readonly string[] PointLinks = ["之前", "之后", "以前", "以后", "后"];

    /// <summary>Characters after which 四处 is the adverb "everywhere": a subject or 着 before a verb (他们四处奔走, 靠着四处打工).</summary>
    private const string AdverbLeads = "着们他她我你地便就都也还又曾仍";

    /// <summary>
    /// 四处 opening a clause or after its subject is "everywhere" (四处打工); as a count it follows a verb or a place
    /// (有四处温泉, 景区四处).
    /// </summary>
    private static bool IsEverywhere(string body, FigureCandidate figure) =>
        figure.Chinese && figure.NumberText == "四" && figure.Unit == "处" && figure.Start == figure.NumberStart
        && (figure.Start == 0 || AdverbLeads.Contains(body[figure.Start - 1], StringComparison.Ordinal)
            || LabelWords.ClauseBreaks.Contains(body[figure.Start - 1], StringComparison.Ordinal));

    /// <summary>Meetings a 届 numbers by sitting: 十三届全国人大二次会议, 十九届中央纪委四次全会.</summary>
    private static readonly string[] Sittings = ["全会", "会议", "全体会议", "常委会", "大会"];

    private const int SessionNameMaxLength = 12;

    /// <summary>
    /// 十九届中央纪委三次全会: after a 届 in the same name, N次 before a meeting is the sitting's number, an ordinal;
    /// 召开3次会议 (no 届) is a count of meetings. The 届 itself numbers the term when the name goes on to a sitting.
    /// </summary>
    private static bool IsSessionNumber(string body, FigureCandidate figure)
    {
        if (figure.Unit == "届")
        {
            return NumbersTermOfSitting(body, figure.End);
        }
        if (figure.Unit != "次" || figure.Start != figure.NumberStart)
        {
            return false;
        }
        if (figure.Chinese && body.WordAt(figure.End, Congresses) is not null)
        {
            return true;
        }
        if (!OpensSitting(body.AsSpan(figure.End)))
        {
            return false;
        }
        var before = body.AsSpan(Math.Max(0, figure.Start - SessionNameMaxLength), Math.Min(figure.Start, SessionNameMaxLength));
        var name = before[(before.LastIndexOfAny(LabelWords.ClauseBreakSet) + 1)..];
        return name.Contains('届');
    }

    /// <summary>并 and 在 join a new predicate to the clause; a body's name never holds them.</summary>
    private const string PredicateJoints = "并在";

    /// <summary>
    /// 参加十四届全国人大三次会议, 出席十九届四中全会: a 届 whose name goes on, in the same clause, to a sitting's number (N次 or
    /// N中 before a meeting) numbers the term, even after a verb of taking part; 参加了三届全运会 counts editions. A 并 or
    /// 在 before the sitting opens a new predicate (连任三届政协委员并在第三次会议上发言): the sitting is not the term's.
    /// </summary>
    private static bool NumbersTermOfSitting(string body, int end)
    {
        var rest = body.AsSpan(end, Math.Min(body.Length - end, SessionNameMaxLength));
        var clauseEnd = rest.IndexOfAny(LabelWords.ClauseBreakSet);
        rest = clauseEnd < 0 ? rest : rest[..clauseEnd];
        var predicate = rest.IndexOfAny(PredicateJoints);
        rest = predicate < 0 ? rest : rest[..predicate];
        for (var i = 1; i + 1 < rest.Length; i++)
        {
            if (ChineseNumeral.IsDigitOrTen(rest[i - 1]) && rest[i] is '次' or '中' && OpensSitting(rest[(i + 1)..]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether <paramref name="text"/> starts with a meeting's word (全会, 会议, 常委会 …).</summary>
    private static bool OpensSitting(ReadOnlySpan<char> text)
    {
        foreach (var sitting in Sittings)
        {
            if (text.StartsWith(sitting, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// 省十二次党代会, 市十三次党代会: a party's or a league's congresses are numbered without a 届, so a Chinese numeral with 次
    /// before one is its number; 召开3次党代会 in digits counts them.
    /// </summary>
    private static readonly string[] Congresses = ["党代会", "团代会", "妇代会", "工代会", "侨代会", "文代会", "作代会", "党员代表大会", "全国代表大会"];

    /// <summary>The 1美元 of 1美元约合4.07雷亚尔 or 71.5卢比兑1美元 is the unit the rate is given in; the rate is the figure.</summary>
    private static bool IsRateBase(string body, FigureCandidate figure) =>
        figure.Kind == UnitKind.Money && figure.Value == 1
        && (body.WordAt(figure.End, RateWords) is not null
            || figure.Start == figure.NumberStart && body.EndsWithAnyAt(figure.Start, RateLeads));

    /// <summary>第3网格, 周三上午, 八届五次全会.</summary>
    private static bool IsOrdinal(string body, FigureCandidate figure)
    {
        if (figure.Start != figure.NumberStart)
        {
            return false;
        }
        // A span, not a substring: this runs for every figure, and the text before it is most of the body.
        var before = body.AsSpan(0, figure.NumberStart).TrimEnd(' ');
        // 每周3次 is a rate, 周三 a weekday; 当初6倍, 最初3年: 初 ends a word of time, not a lunar day's 初五.
        foreach (var m in OrdinalMarkers)
        {
            if (before.EndsWith(m, StringComparison.Ordinal)
                && !(m is "周" or "星期" or "礼拜" && before.Length > m.Length && before[^(m.Length + 1)] == '每')
                && !(m == "初" && before.Length > 1 && "当起最".Contains(before[^2], StringComparison.Ordinal)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Letters glued to the digits make a code or a name: 5G, G107, PM2.5, COVID-19; so does a times sign between digits (7×24小时, 3×3篮球), while 61米×30米 are two lengths. An abbreviation glued before an
    /// amount is its label instead (GDP12.13亿元, CPI上涨2.5%): the number then carries a magnitude or a unit that
    /// measures (money, a percentage, a weight), never a bare count or a duration (PM2.5年均浓度).
    /// </summary>
    private static bool IsCode(string body, FigureCandidate figure)
    {
        if (figure.Chinese)
        {
            return false;
        }
        var before = figure.NumberStart > 0 ? body[figure.NumberStart - 1] : ' ';
        var numberEnd = figure.NumberStart + figure.NumberText.Length;
        var after = numberEnd < body.Length ? body[numberEnd] : ' ';
        if (before is '×' or '*' && figure.NumberStart > 1 && ChineseNumeral.IsArabicDigit(body[figure.NumberStart - 2])
            || after is '×' or '*' && numberEnd + 1 < body.Length && ChineseNumeral.IsArabicDigit(body[numberEnd + 1]))
        {
            return true;
        }
        if (char.IsAsciiLetter(after) && !(figure.Unit is { Length: > 0 } unit && char.IsAsciiLetter(unit[0]) && numberEnd == figure.End - unit.Length))
        {
            return true;
        }
        if (before is '-' && figure.NumberStart > 1 && char.IsAsciiLetter(body[figure.NumberStart - 2]))
        {
            return true;
        }
        return char.IsAsciiLetter(before) && !IsAbbreviatedAmount(figure);
    }

    private static bool IsAbbreviatedAmount(FigureCandidate figure) =>
        figure.Start == figure.NumberStart
        && (figure.Multiplier > 1 || figure.Kind is UnitKind.Money or UnitKind.Percent or UnitKind.Point or UnitKind.Measure or UnitKind.Multiple);

    /// <summary>
    /// A lone 一 before a measure word is the indefinite article (一个瓜农, 一把伞, 摆一次, 最后一米), and 二
    /// before a measure word is an ordinal or adjective (二次供水, 二期), since counting uses 两. 一 still
    /// counts with a percentage, 倍 (增长一倍) or 番 (翻一番), or a duration that is measured (为期一个月); 一成 counts where
    /// the word ends after 成 (增长一成。), and stays out where 成 starts a word or an idiom (一成不变, 唯一成功).
    /// </summary>
    private static bool IsArticle(string body, FigureCandidate figure)
    {
        if (!figure.IsBareOneOrTwo || figure.Kind is UnitKind.Percent or UnitKind.Point || figure.Unit is "倍" or "番" || IsRangeLowerBound(body, figure)
            || figure.Unit == "成" && EndsTenths(body, figure.End))
        {
            return false;
        }
        if (figure.NumberText == "一" && figure.Kind == UnitKind.Time)
        {
            // 一年来, 一年以来: the span up to now is measured, as after 为期 and as the start of a change.
            return !body.EndsWithAnyAt(figure.Start, DurationMarkers) && !body.EndsWithAnyAt(figure.Start, ChangeStarts)
                && (figure.Start > 0 && body[figure.Start - 1] == '的' || body.WordAt(figure.End, SinceMarkers) is null && !IsHowSoon(body, figure.End));
        }
        return true;
    }

    private static readonly string[] TenthsEnds = ["的", "多", "左右", "以上", "以下", "上下"];

    /// <summary>What may follow 成 when it counts tenths: the clause's end, 的 or a qualifier (一成的受访者, 一成以上).</summary>
    private static bool EndsTenths(string body, int end) =>
        end == body.Length || LabelWords.ClauseBreakSet.Contains(body[end]) || body.WordAt(end, TenthsEnds) is not null;

    private static bool IsHowSoon(string body, int end) =>
        body.AsSpan(end).StartsWith(Soon, StringComparison.Ordinal) && !ChineseNumeral.DigitFollowsInClause(body, end + Soon.Length);

    /// <summary>一至两分钟, 一到两家: 一 before a range joint and a number is the range's lower bound, a count.</summary>
    private static bool IsRangeLowerBound(string body, FigureCandidate figure)
    {
        var joint = FigurePatterns.RangeJoint().Match(body, figure.End);
        return joint.Success && FigurePatterns.Number().Match(body, figure.End + joint.Length) is { Success: true } upper
            && upper.Index == figure.End + joint.Length;
    }

    /// <summary>
    /// 前7个月 and 前3年 name a period, like 前三季度; but 提前3天 and 此前2年 measure time. 头 says "first" as 前 does
    /// (本世纪头二十年, 今年头三个月), unless a number before it makes it the measure word of cattle (一头3岁的牛).
    /// </summary>
    private static bool IsPeriod(string body, FigureCandidate figure) =>
        figure.Kind == UnitKind.Time && figure.Start == figure.NumberStart && figure.Start > 0
        && (body[figure.Start - 1] == '前' && (figure.Start < 2 || !"提之以目当此空".Contains(body[figure.Start - 2], StringComparison.Ordinal))
            || body[figure.Start - 1] == '头' && (figure.Start < 2 || !ChineseNumeral.IsNumberLetter(body[figure.Start - 2])));

    /// <summary>
    /// 一件件, 一次次, 一个个: a repeated measure word means "one after another"; 贫困户126户户均增收 is a count and then 户均.
    /// </summary>
    private static bool IsReduplicated(string body, FigureCandidate figure) =>
        figure.Unit is { Length: 1 } unit && figure.End < body.Length && body[figure.End] == unit[0]
        && !(figure.End + 1 < body.Length && body[figure.End + 1] == '均');

    /// <summary>
    /// Numbers inside a 《title》 are part of a name; inside a short “quote” they are a slogan (“五统一”), and so are
    /// those of a longer quote that a verb of principle introduces (坚持“…”, 提出“…”): a motto, not a report.
    /// </summary>
    private static bool IsInsideTitleOrSlogan(string body, FigureCandidate figure) =>
        Enclosed(body, figure, '《', '》', TitleMaxLength) >= 0
        || Enclosed(body, figure, '“', '”', SloganMaxLength) is var quote and >= 0 && !IsReportedSpeech(body, quote) && !IsSpokenSentence(body, quote)
        || Enclosed(body, figure, '‘', '’', SloganMaxLength) >= 0
        || Enclosed(body, figure, '「', '」', SloganMaxLength) >= 0
        || Enclosed(body, figure, '“', '”', MottoMaxLength) is var open and >= 0
            && (MottoVerbs.Any(v => body.AsSpan(0, open).EndsWith(v, StringComparison.Ordinal))
                || figure.Kind is UnitKind.Time or UnitKind.Length && IsParallelStandards(body, open)
                    && !IsReportedSpeech(body, open) && !IsSpokenSentence(body, open));

    private const int StandardsMinItems = 3;

    /// <summary>
    /// “3分钟买菜、5分钟上学、10分钟就医”, “一村一品、一乡一业、一县一特”: a quotation that lists three or more items with 、,
    /// each opening with a number, sets out parallel standards, a slogan, not figures anyone measured. Its figures bound a deed
    /// by a time or a distance (3分钟买菜, 1天受理); numbers that count the noun after them (“3枚金牌、2枚银牌、5枚铜牌”,
    /// “12个项目开工、8个项目竣工…”) report a tally, whose figures count.
    /// </summary>
    private static bool IsParallelStandards(string body, int open)
    {
        var close = body.IndexOf('”', open + 1);
        if (close < 0)
        {
            return false;
        }
        var items = body[(open + 1)..close].Split('、');
        return items.Length >= StandardsMinItems && items.All(i => i.Length > 1 && ChineseNumeral.IsNumberLetter(i[0]));
    }

    /// <summary>Verbs of saying that open a quotation of what was said (指出，“减税降费总额超过2万亿元”).</summary>
    private static readonly string[] SayingVerbs = ["指出", "表示", "介绍", "强调", "宣布", "透露", "说", "称"];

    /// <summary>A short quotation after a verb of saying and its comma or colon reports a statement, whose figures count.</summary>
    private static bool IsReportedSpeech(string body, int open) =>
        open >= 2 && (LabelWords.IsComma(body, open - 1) || body[open - 1] is '：' or ':') && SayingVerbs.Any(v => body.AsSpan(0, open - 1).EndsWith(v, StringComparison.Ordinal));

    /// <summary>
    /// “我今年62岁了。”, “俺家种了5亩地！”: a short quotation that someone speaks in the first person, or that ends its own
    /// sentence inside the marks, is what was said, whose figures count; a slogan (“3个确保”) is neither.
    /// </summary>
    private static bool IsSpokenSentence(string body, int open)
    {
        var close = body.IndexOf('”', open + 1);
        return open + 1 < body.Length && body[open + 1] is '我' or '俺' or '咱'
            || close > open + 1 && body[close - 1] is '。' or '！' or '？';
    }

    /// <summary>Where the opening mark is when the figure lies between the marks within <paramref name="maxLength"/>, else -1.</summary>
    internal static int Enclosed(string body, FigureCandidate figure, char open, char close, int maxLength)
    {
        var left = -1;
        for (var i = figure.Start - 1; i >= 0 && figure.Start - i <= maxLength; i--)
        {
            if (body[i] == close || body[i] == '\n')
            {
                return -1;
            }
            if (body[i] == open)
            {
                left = i;
                break;
            }
        }
        if (left < 0)
        {
            return -1;
        }
        for (var i = figure.End; i < body.Length && i - left <= maxLength + 1; i++)
        {
            if (body[i] == open || body[i] == '\n')
            {
                return -1;
            }
            if (body[i] == close)
            {
                return left;
            }
        }
        return -1;
    }
}
