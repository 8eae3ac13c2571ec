namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// Local papers' web pages often print a space between an Arabic number and its unit (360 多名, 10 亿元以上, 1.5 万平方米).
/// The extractor reads a copy of the body with such spaces taken out and maps each figure back onto the body, so a span
/// still holds its space (body[start..end] == "360 多名").
/// </summary>
/// <remarks>
/// A space is taken out only where the words after it read, with the number, as a figure with a unit: a list of numbers
/// (1 2 3), a number before a word that is no unit (表 2 显示, 代码 000002 万科) and a date or a clock time (5 月10 号, 5 点钟:
/// 月, 号 and 点 are no units) keep it. A name after a number in a spaced list (1 张三 2 李四) keeps it too, though 张 counts.
/// </remarks>
internal static class SpacedUnits
{
    /// <summary>How far around the space the reader looks: a number's guards and its unit with a qualifier fit in it.</summary>
    private const int Before = 8;
    private const int After = 16;

    /// <summary>A web page's space is one character, two where a half-width and a full-width one meet.</summary>
    private const int MaxSpaces = 2;

    /// <summary>The body with the spaces between numbers and their units taken out, and where each of its characters stands in the body.</summary>
    public static (string Text, int[] Origins)? Close(string body)
    {
        List<(int Start, int End)>? spaces = null;
        foreach (System.Text.RegularExpressions.Match number in FigurePatterns.Number().Matches(body))
        {
            if (!number.Groups["ar"].Success)
            {
                continue;
            }
            var (start, end) = (number.Index, number.Index + number.Length);
            var before = start;
            while (before > 0 && start - before < MaxSpaces && IsSpace(body[before - 1]))
            {
                before--;
            }
            var after = end;
            while (after < body.Length && after - end < MaxSpaces && IsSpace(body[after]))
            {
                after++;
            }
            var leftSpace = before < start && before > 0 && OpensOnLeft(body[before - 1]);
            var rightSpace = after > end && after < body.Length && !IsSpace(body[after]);
            if (!(leftSpace || rightSpace) || !JoinsUnit(body, start, end, rightSpace ? after : end))
            {
                continue;
            }
            spaces ??= [];
            if (leftSpace)
            {
                spaces.Add((before, start));
            }
            if (rightSpace)
            {
                spaces.Add((end, after));
            }
        }
        if (spaces is null)
        {
            return null;
        }
        var text = new System.Text.StringBuilder(body.Length);
        var origins = new List<int>(body.Length + 1);
        var from = 0;
        foreach (var (start, end) in spaces)
        {
            Keep(body, from, start, text, origins);
            from = end;
        }
        Keep(body, from, body.Length, text, origins);
        origins.Add(body.Length);
        return (text.ToString(), [.. origins]);
    }

    private static void Keep(string body, int from, int to, System.Text.StringBuilder text, List<int> origins)
    {
        text.Append(body, from, to - from);
        for (var i = from; i < to; i++)
        {
            origins.Add(i);
        }
    }

    /// <summary>Whether the number, read with the words after the space as if none stood between, has a unit of its own.</summary>
    private static bool JoinsUnit(string body, int numberStart, int numberEnd, int next)
    {
        if (IsListedName(body, next))
        {
            return false;
        }
        var lead = Math.Max(0, numberStart - Before);
        var local = string.Concat(body.AsSpan(lead, numberEnd - lead), body.AsSpan(next, Math.Min(After, body.Length - next)));
        var match = FigurePatterns.Number().Match(local, numberStart - lead);
        if (!match.Success || match.Index != numberStart - lead || match.Length != numberEnd - numberStart)
        {
            return false;
        }
        try
        {
            return FigureReader.Read(local, match) is { Unit.Length: > 0 } figure && figure.End > numberEnd - lead;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>A name standing alone between spaces or at a line's end, as in a spaced list of places and names (1 张三 2 李四).</summary>
    private static bool IsListedName(string body, int at)
    {
        if (PersonName.At(body, at) is not { Length: >= 2 } name)
        {
            return false;
        }
        var after = at + name.Length;
        return after == body.Length || IsSpace(body[after]) || body[after] is '\n' or '\r';
    }

    /// <summary>
    /// A space after a word and before a figure goes too, so the figure's label and prefix read as in print (游客 120 万人次,
    /// 约 25 亿元, 第 3 名 is a rank); not after a numeral (十 5) or punctuation.
    /// </summary>
    private static bool OpensOnLeft(char c) => FigureReader.IsHan(c) && !ChineseNumeral.IsNumberLetter(c) && c is not ('几' or '数');

    private static bool IsSpace(char c) => c is ' ' or '\u00a0' or '\u2009' or '\u3000';
}
