namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// A figure beside a 、-list is labelled with the list's head, the class its items belong to: the noun after 等 closing a
/// list that starts at the counted noun (1368个公园、绿化带、湿地等人造工程 → 人造工程), or the noun before the link that
/// opens a list a count in Arabic digits sums up (考试科目为语文、数学、外语3门 → 考试科目).
/// </summary>
internal static class ListHead
{
    /// <summary>Links between a list's head and its items (科目为, 范围包括).</summary>
    private static readonly string[] Links = ["包括", "涵盖", "包含", "分别为", "分别是", "为", "是", "有", "含"];

    private const int ListMaxLength = 60;
    private const int HeadMaxLength = 14;

    /// <summary>Where 等 closes the 、-list starting at <paramref name="itemEnd"/>, the end of its first item; or -1.</summary>
    public static int ClassNounStart(string body, int itemEnd)
    {
        if (itemEnd >= body.Length || body[itemEnd] != '、')
        {
            return -1;
        }
        for (var i = itemEnd + 1; i < body.Length && i - itemEnd <= ListMaxLength; i++)
        {
            var c = body[i];
            if (c == '等' && i + 1 < body.Length && FigureReader.IsHan(body[i + 1]))
            {
                return i + 1;
            }
            if (c != '、' && (LabelWords.ClauseBreaks.Contains(c, StringComparison.Ordinal) || char.IsDigit(c)))
            {
                return -1;
            }
        }
        return -1;
    }

    /// <summary>The words before the link that opens the 、-list ending at <paramref name="countStart"/>, or null.</summary>
    public static string? HeadWords(string body, int countStart, int floor)
    {
        var start = Math.Max(floor, body.AsSpan(0, countStart).LastIndexOfAny(LabelWords.ClauseBreaksOutsideLists) + 1);
        var segment = body[start..countStart];
        var firstJoint = segment.IndexOf('、', StringComparison.Ordinal);
        if (firstJoint < 0 || segment.Any(char.IsDigit) || segment.Length > ListMaxLength)
        {
            return null;
        }
        var opening = segment[..firstJoint];
        foreach (var link in Links)
        {
            var at = opening.LastIndexOf(link, StringComparison.Ordinal);
            if (at >= 2 && at <= HeadMaxLength)
            {
                return opening[..at];
            }
        }
        return null;
    }
}
