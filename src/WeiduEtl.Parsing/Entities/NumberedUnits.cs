using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// Teams and works a number names (1203队, 1203钻井队, 3514厂): digits printed right before a team's or a works' name
/// are part of it, since a count would need a measure word between (三支队伍, 10所学校). Two digits at least, so that
/// a rank or a single figure (第3队) is not read as a name; a bare number and 队 names a team from three digits,
/// a number and 中学 or 小学 a school from two (116中学学生, but 500中学生 are pupils).
/// </summary>
internal static class NumberedUnits
{
    private const int MinDigits = 2;
    private const int MinBareDigits = 3;
    private static readonly CharSet UnitLasts = new("队厂所");
    /// <summary>Schools a city numbers (116中学, 35小学): the number is the school's name, as a count would need 所 between.</summary>
    private static readonly string[] Schools = ["中学", "小学"];

    public static void AddTo(string body, List<EntityMention> found)
    {
        for (var i = 0; i < found.Count; i++)
        {
            var m = found[i];
            var digits = DigitsBefore(body, m.CharStart);
            if (m.Kind == MentionKind.Organisation && digits >= MinDigits && UnitLasts.Contains(m.Name[^1]))
            {
                var start = m.CharStart - digits;
                found[i] = m with { Text = body[start..m.CharEnd], Name = body[start..m.CharEnd], CharStart = start, Rule = EntityRules.NumberedUnit };
            }
        }
        foreach (var at in IndexesOf(body, "队"))
        {
            var end = at + 1;
            var start = at - DigitsBefore(body, at);
            if (at - start >= MinBareDigits && !OrganisationSuffixes.WordGoesOn(body, end) && !MentionSpans.AnyOverlapping(found, start, end))
            {
                found.Add(new EntityMention(MentionKind.Organisation, body[start..end], body[start..end], null, null, start, end, EntityRules.NumberedUnit));
            }
        }
        foreach (var school in Schools)
        {
            foreach (var at in IndexesOf(body, school))
            {
                var end = at + school.Length;
                var start = at - DigitsBefore(body, at);
                if (at - start >= MinDigits && !OrganisationSuffixes.WordGoesOn(body, end) && !MentionSpans.AnyOverlapping(found, start, end))
                {
                    found.Add(new EntityMention(MentionKind.Organisation, body[start..end], body[start..end], null, null, start, end, EntityRules.NumberedUnit));
                }
            }
        }
        MentionSpans.SortByStart(found);
    }

    /// <summary>
    /// Every place <paramref name="word"/> stands in <paramref name="body"/>, the body's first letter too: a paragraph that opens
    /// with the word (小学生们…, 队员们…) still has its numbered units later on.
    /// </summary>
    private static IEnumerable<int> IndexesOf(string body, string word)
    {
        for (var at = body.IndexOf(word, StringComparison.Ordinal); at >= 0; at = body.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            yield return at;
        }
    }

    /// <summary>How many ASCII or full-width digits stand right before <paramref name="at"/>, none when a letter or a point precedes them.</summary>
    private static int DigitsBefore(string text, int at)
    {
        var start = at;
        while (start > 0 && char.IsDigit(text[start - 1]))
        {
            start--;
        }
        return start > 0 && (char.IsLetter(text[start - 1]) && !HanText.IsHan(text[start - 1]) || text[start - 1] is '.' or '第') ? 0 : at - start;
    }
}
