using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// A meeting named as the subject of a verb of stating before a quotation (某届某中全会明确提出，要“…”, 某某工作会议强调：“…”,
/// 某某常委会要求，要“…”): the meeting speaks, as printed. Not a meeting a person speaks at (某某在会议上强调), and not
/// one where a person is the clause's subject; those are the person rules'.
/// </summary>
internal static class MeetingSpeakers
{
    private const int MaxGap = 3;
    private const int MaxName = 24;

    private static readonly WordIndex Endings = HanText.Longest("全会", "会议", "大会", "常委会", "常务会", "座谈会", "代表大会");
    private static readonly WordIndex Verbs = HanText.Longest("提出", "强调", "指出", "要求", "认为", "明确", "号召", "重申", "宣布", "部署");

    public static AttributedQuote? Before(string body, QuoteSpan span, List<EntityMention> people)
    {
        var end = span.ColonBefore(body) is >= 0 and var colon ? colon : span.Open;
        // 提出，要“…”: the quotation is what the meeting says must be done.
        if (end == span.Open && end > 0 && body[end - 1] == '要')
        {
            end--;
        }
        if (end > 0 && body[end - 1] is '，' or ',')
        {
            end--;
        }
        if (HanText.WordEndingAt(body, end, Verbs) is not { } verb)
        {
            return null;
        }
        var verbStart = end - verb.Length;
        var clauseStart = SpeakerReader.ClauseStart(body, verbStart);
        for (var nameEnd = verbStart; nameEnd > clauseStart && verbStart - nameEnd <= MaxGap; nameEnd--)
        {
            if (HanText.WordEndingAt(body, nameEnd, Endings) is not { } ending)
            {
                continue;
            }
            var start = PastDate(body, clauseStart, nameEnd);
            var named = nameEnd - start > ending.Length && nameEnd - start <= MaxName && body[start] != '在' && body.IndexOf('上', nameEnd, verbStart - nameEnd) < 0
                && !people.Any(p => p.CharStart >= clauseStart && p.CharStart < verbStart);
            return named ? new AttributedQuote(span, body[start..nameEnd], null, verb, EntityRules.QuoteMeeting, span.Close + 1) : null;
        }
        return null;
    }

    /// <summary>Where the clause goes on after a date printed before the meeting's name (2003年10月|某届某中全会).</summary>
    private static int PastDate(string body, int start, int end)
    {
        var at = start;
        while (at < end && (char.IsDigit(body[at]) || (body[at] is '年' or '月' or '日' && at > start && char.IsDigit(body[at - 1]))))
        {
            at++;
        }
        return at;
    }
}
