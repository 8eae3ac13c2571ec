namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// People the text brings in by a number and a description, not by name (上千名中外员工, 30多位市民, 十来个外地人): a
/// group opening a clause of the sentence after a quotation no one else is given (“新年好！”当天上午，上千名员工…;
/// “…？”开门不到半小时，就有30多位市民前来咨询) is who spoke it, as printed. Opening the clause is what makes it the
/// subject: a group after a verb (全村已有120名村民入社) is what the sentence counts, not who speaks.
/// </summary>
internal static class CountedGroups
{
    private const int MaxNumeral = 4;
    private const int MaxDescription = 8;
    private static readonly CharSet Numerals = new("0123456789一二三四五六七八九十百千万两几数上");
    /// <summary>Letters that a number is said with but that count nothing alone (上|千, 数|十).</summary>
    private static readonly CharSet NumeralLeads = new("几数上");
    private static readonly CharSet Approximations = new("多余来");
    private static readonly CharSet PersonMeasures = new("名位个");
    private const char Few = '几';
    /// <summary>Words before a counted subject that leave it the subject (就有30多位市民, 将近10名旅客).</summary>
    private static readonly WordIndex Leads = HanText.Longest("就有", "便有", "还有", "又有", "将近", "近", "约", "大约", "共有");

    /// <summary>The first counted group opening a clause between <paramref name="start"/> and <paramref name="end"/>, as printed; null when none does.</summary>
    public static string? InSentence(string body, int start, int end)
    {
        for (var at = start; at < end; at++)
        {
            if (!NextSentenceClauses.OpensAt(body, start, at))
            {
                continue;
            }
            var from = at;
            while (HanText.WordAt(body, from, Leads) is { } lead && from + lead.Length < end)
            {
                from += lead.Length;
            }
            if (LengthAt(body, from, end) is > 0 and var length)
            {
                return body.Substring(from, length);
            }
            if (DescribedAt(body, from, end) is > 0 and var described && LengthAt(body, described, end) is > 0 and var describedLength)
            {
                return body.Substring(described, describedLength);
            }
        }
        return null;
    }

    private const int MaxModifier = 10;

    /// <summary>
    /// Where a count starts after a description of what the group just did or is (刚走下舞台的|几位演员, 参加义诊的|十多名医生):
    /// the description and its 的 leave the counted group the clause's subject; 0 when no count follows a 的 so.
    /// </summary>
    private static int DescribedAt(string body, int index, int end)
    {
        for (var at = index + 1; at < Math.Min(end - 1, index + MaxModifier); at++)
        {
            if (!HanText.IsHan(body[at]))
            {
                return 0;
            }
            if (body[at] == '的' && (Numerals.Contains(body[at + 1]) || char.IsAsciiDigit(body[at + 1])))
            {
                return at + 1;
            }
        }
        return 0;
    }

    internal static int LengthAt(string body, int index, int end)
    {
        var at = index;
        var counts = false;
        while (at < end && at - index < MaxNumeral && (Numerals.Contains(body[at]) || char.IsAsciiDigit(body[at])))
        {
            // 几 right before the measure counts a few (几位, 几名); before another numeral (几十, 几百) it only leads one.
            counts |= !NumeralLeads.Contains(body[at]) || (body[at] == Few && at + 1 < end && PersonMeasures.Contains(body[at + 1]));
            at++;
        }
        if (!counts)
        {
            return 0;
        }
        if (at < end && Approximations.Contains(body[at]))
        {
            at++;
        }
        if (at >= end || !PersonMeasures.Contains(body[at]))
        {
            return 0;
        }
        var described = at + 1;
        for (var last = described + 1; last <= Math.Min(end, described + MaxDescription); last++)
        {
            // 的 may tie a quality to the noun (几位细心的女记者), not end the group: the noun must still follow it.
            if (!HanText.IsHan(body[last - 1]) || (body[last - 1] == '的' && last - 1 == described))
            {
                return 0;
            }
            if (CountedStrangers.IsPersonNounEndingAt(body, last) && !(last < end && CountedStrangers.IsPersonNounEndingAt(body, last + 1)))
            {
                // A kind of person may be named by two nouns in a row (党员|志愿者, 村民|代表): the group ends after the second.
                last = CompoundEnd(body, last, end);
                // A group that owns something or is joined to more (村民的, 村民和…) is no subject of its own.
                return last < end && body[last] is '的' or '和' or '与' or '、' ? 0 : last - index;
            }
        }
        return 0;
    }

    private const int MaxSecondNoun = 3;

    /// <summary>Where a second noun of a person that follows the first right away ends (党员|志愿者), or <paramref name="last"/>.</summary>
    private static int CompoundEnd(string body, int last, int end)
    {
        for (var next = Math.Min(end, last + MaxSecondNoun); next >= last + 2; next--)
        {
            if (SpeakerReader.IsAllHan(body.AsSpan(last, next - last))
                && HanText.WordEndingAt(body, next, SecondNouns) is { } noun && noun.Length == next - last)
            {
                return next;
            }
        }
        return last;
    }

    /// <summary>Nouns of a person that name a role within a kind (党员志愿者, 村民代表, 学生家长).</summary>
    private static readonly WordIndex SecondNouns = HanText.Longest("志愿者", "代表", "家长", "干部", "骨干");
}
