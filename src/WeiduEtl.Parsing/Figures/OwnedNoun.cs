namespace WeiduEtl.Parsing.Figures;

/// <summary>Where the noun a figure or a measure word modifies through 的 starts.</summary>
internal static class OwnedNoun
{
    /// <summary>What a race time before it is the result of (以2小时08分17秒的成绩夺冠).</summary>
    private const string ResultAfter = "的成绩";

    /// <summary>
    /// Words before a duration that make it the length of the activity named after 的: a span's own (长达1小时的拍摄, 为期) or
    /// a verb of carrying out (开展不少于3天的调研, 进行两天的培训).
    /// </summary>
    private static readonly string[] ActivityLeads = ["长达", "历时", "为期", "用时", "耗时", "开展", "进行", "举行", "举办", "展开"];

    /// <summary>
    /// Words that open a modifier describing the counted noun (近200名不同年龄段的运动员, 30名来自各地的代表): a state of the
    /// thing (九盏崭新的路灯, 3间宽敞明亮的教室) or what the counted people are doing (20名参加培训的教师, 身穿).
    /// </summary>
    private static readonly string[] DescriptiveLeads =
    [
        "不同", "来自", "崭新", "全新", "破旧", "老旧", "破损", "废弃", "闲置", "宽敞", "明亮", "干净", "整洁", "漂亮", "精美", "美丽",
        "参加", "参与", "前来", "赶来", "正在", "身穿", "身着",
    ];

    /// <summary>
    /// The second letter of a resultative verb of filling (爆满, 种满, 堆满, 挂满) or of bearing (印有, 刻有, 写有, 绣有), which
    /// describes the state of the counted thing (273块印有“兴安书院”字样的红瓦).
    /// </summary>
    private const string FilledOrBearing = "满有";

    /// <summary>Quotation marks, which a describing modifier may hold (印有“兴安书院”字样的) though they break clauses elsewhere.</summary>
    private const string QuotationMarks = "“”";

    private const int DimensionMaxLength = 8;
    private const int ModifierMaxLength = 16;

    /// <summary>
    /// After 的 that follows the figure (6亿欧元的税收), or the second of two dimensions (61米×30米的标准场地); -1 when no 的
    /// follows.
    /// </summary>
    public static int After(string body, int end)
    {
        if (end < body.Length && body[end] == '×')
        {
            var i = end + 1;
            while (i < body.Length && i - end <= DimensionMaxLength && body[i] != '的' && (char.IsAsciiDigit(body[i]) || body[i] == '.' || FigureReader.IsHan(body[i])))
            {
                i++;
            }
            end = i;
        }
        return end < body.Length && body[end] == '的' ? end + 1 : -1;
    }

    /// <summary>
    /// 4座海拔5000米以上的雪山, 两场近5个小时的冰上训练, 近200名不同年龄段的运动员, 11个爆满的垃圾桶: after a measure word,
    /// a modifier that holds a figure of its own or describes (不同…, 来自…, 崭新…, …满, …有) ends in 的 before the head noun, which
    /// is what is counted.
    /// Where that head starts, or -1. 5家企业的产值 keeps 企业: a plain noun before 的 is what the measure word counts.
    /// </summary>
    public static int ModifiedHead(string body, int start)
    {
        for (var i = start; i < body.Length && i - start <= ModifierMaxLength; i++)
        {
            var c = body[i];
            if (c == '的')
            {
                var modifier = body[start..i];
                return modifier.Length > 0 && i + 1 < body.Length && FigureReader.IsHan(body[i + 1])
                    && (HoldsAttribute(modifier) || DescriptiveLeads.Any(l => modifier.StartsWith(l, StringComparison.Ordinal)) || IsDescriptive(modifier, body.AsSpan(i + 1))
                        || modifier.Length >= 2 && FilledOrBearing.Contains(modifier[1], StringComparison.Ordinal) && FigureReader.IsHan(modifier[0]))
                    ? i + 1
                    : -1;
            }
            if (LabelWords.ClauseBreaks.Contains(c, StringComparison.Ordinal) && !QuotationMarks.Contains(c, StringComparison.Ordinal))
            {
                return -1;
            }
        }
        return -1;
    }

    private const int IdiomLength = 4;

    /// <summary>
    /// A four-letter set phrase neither half of which is a noun (含苞待放, 身强力壮, 生活困难) names no thing: it describes the
    /// counted noun after its 的. 3个乡镇街道的 keeps its nouns; 180个建交国中的七成 ends in a share and 12把休闲座椅的安装 in a
    /// deed done to them, neither of them what is counted.
    /// </summary>
    private static bool IsDescriptive(string modifier, ReadOnlySpan<char> after) =>
        modifier.Length == IdiomLength && modifier.All(FigureReader.IsHan)
        && !IsNoun(modifier.AsSpan(0, 2)) && !IsNoun(modifier.AsSpan(2))
        && after.Length >= 2 && !ChineseNumeral.IsNumberLetter(after[0]) && Entities.CommonWords.Find(after[..2]) is not { Tag: "v" };

    private static bool IsNoun(ReadOnlySpan<char> word) => Entities.CommonWords.Find(word) is { Tag: ['n', ..] };

    /// <summary>
    /// A figure of the counted thing's own, right after the measure word (两场近5个小时的) or after a measure noun
    /// (4座海拔5000米以上的); 7个省份47个深度贫困县的 is a second count, of the noun before it.
    /// </summary>
    private static bool HoldsAttribute(string modifier)
    {
        var digit = modifier.AsSpan().IndexOfAnyInRange('0', '9');
        if (digit < 0)
        {
            return false;
        }
        var before = modifier[..digit];
        return before.Length == 0
            || QualifierWords.PrefixEndingAt(before, digit) is { Word.Length: var length } && length == digit
            || before.EndsWithAny(LabelWords.MeasureNouns);
    }

    /// <summary>
    /// A duration opening its clause or after 长达, 历时, 为期 measures the activity after its 的 (长达1小时的中英文出镜拍摄,
    /// 每天两场近5个小时的冰上训练); after a verb it measures the verb (工作1年以上的干部), and 5年的时间 names nothing.
    /// </summary>
    public static bool IsActivityDuration(string body, FigureCandidate figure, int floor)
    {
        // 以2小时08分17秒的成绩夺冠, 游出1分54秒的成绩: a race time before 的成绩 is the result it names.
        if (body.HoldsAt(figure.End, ResultAfter))
        {
            return true;
        }
        var before = body[floor..figure.Start];
        before = before[(before.AsSpan().LastIndexOfAny(LabelWords.ClauseBreakSet) + 1)..];
        return before.Length == 0 || before.EndsWithAny(ActivityLeads);
    }
}
