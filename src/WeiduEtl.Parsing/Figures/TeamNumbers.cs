namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// 调研三组, 巡视二组, 督导3组, 救援二队: a working group is numbered by putting the number inside its name (调研组 → 调研三组),
/// so the number right after the group's task word names one team, it counts none; 分成四组, 每四组, 调研组分四组 count.
/// A village or a community numbers its groups and teams the same way (阿亚格曼干村8组, 黄龙社区三组, 三队), and each group
/// listed after the first (茶群村4组、6组、7组) is a name too.
/// </summary>
internal static class TeamNumbers
{
    /// <summary>Tasks that name working groups and teams (调研组, 巡视组, 工作队, 救援队).</summary>
    private static readonly string[] Tasks =
    [
        "调研", "督导", "巡视", "巡察", "督查", "检查", "考察", "调查", "指导", "工作", "专家", "暗访", "核查", "评估", "考核",
        "验收", "巡逻", "救援", "宣讲", "服务", "帮扶", "突击",
    ];

    public static bool IsTeamName(string body, FigureCandidate figure) =>
        figure.Unit is "组" or "队" && figure.Start == figure.NumberStart
        && (body.EndsWithAnyAt(figure.Start, Tasks) || IsVillageGroup(body.AsSpan(0, figure.Start).TrimEnd(' '), figure.Unit)
            || IsShortenedVillageGroup(body, figure));

    /// <summary>What a village's or a community's name ends in, left out when the article shortens it (黄龙社区 → 黄龙).</summary>
    private static readonly string[] VillageSuffixes = ["社区", "村"];

    /// <summary>
    /// 黄龙三组 after 黄龙社区三组: the village's name without its suffix before the same group, as the article printed it
    /// in full elsewhere, is that group too.
    /// </summary>
    private static bool IsShortenedVillageGroup(string body, FigureCandidate figure)
    {
        if (figure.Start < 2 || !FigureReader.IsHan(body[figure.Start - 1]) || !FigureReader.IsHan(body[figure.Start - 2]))
        {
            return false;
        }
        var name = body.Substring(figure.Start - 2, 2);
        var group = body[figure.Start..figure.End];
        foreach (var suffix in VillageSuffixes)
        {
            var full = name + suffix + group;
            for (var at = body.IndexOf(full, StringComparison.Ordinal); at >= 0; at = body.IndexOf(full, at + 1, StringComparison.Ordinal))
            {
                if (at + name.Length != figure.Start)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the text before a 组 or 队 ends with a village (村8组) or with a 、-list of its groups (村4组、6组、): the items
    /// of one list are the same kind of thing, so a group listed after a village's group is a name too.
    /// </summary>
    private static bool IsVillageGroup(ReadOnlySpan<char> before, string unit)
    {
        while (before.Length > 0 && before[^1] == '、')
        {
            var item = before[..^1];
            if (!item.EndsWith(unit, StringComparison.Ordinal))
            {
                return false;
            }
            item = item[..^unit.Length];
            var digits = item.Length;
            while (digits > 0 && ChineseNumeral.IsNumberLetter(item[digits - 1]))
            {
                digits--;
            }
            if (digits == item.Length)
            {
                return false;
            }
            before = item[..digits];
        }
        // 每村3组, 各村5队, 每个社区2组: after 每 or 各 the village is any village, and the number counts its groups. A
        // community (社区) numbers its groups as a village does (黄龙社区三组).
        var village = before.EndsWith("社区", StringComparison.Ordinal) ? 2 : before.Length > 0 && before[^1] is '村' or '社' or '屯' ? 1 : 0;
        if (village == 0)
        {
            return false;
        }
        var rest = before[..^village].TrimEnd('个');
        return !(rest.Length > 0 && rest[^1] is '每' or '各');
    }
}
