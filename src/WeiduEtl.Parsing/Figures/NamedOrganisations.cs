namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// 英国48家集团俱乐部主席斯蒂芬·佩里: a count of organisations cannot have one chairman, so when the noun after N家 ends in
/// the title of one office-holder and a name follows it, the count is part of the organisation's name. 50家企业董事长出席
/// (no name) and 两家公司董事长张某、李某 (several names) stay counts.
/// </summary>
internal static class NamedOrganisations
{
    private static readonly string[] SingleTitles = ["主席", "会长", "理事长", "秘书长", "董事长", "总裁", "首席执行官", "创始人"];

    private const int NameMaxLength = 10;

    private const string NotInName = "的和与及、等各";

    public static bool IsInsideName(string body, FigureCandidate figure)
    {
        if (figure.Unit != "家" || figure.Start != figure.NumberStart)
        {
            return false;
        }
        for (var at = figure.End + 1; at < body.Length && at - figure.End <= NameMaxLength && FigureReader.IsHan(body[at - 1]); at++)
        {
            if (NotInName.Contains(body[at - 1], StringComparison.Ordinal))
            {
                return false;
            }
            if (body.WordAt(at, SingleTitles) is { } title)
            {
                return IsOneName(body, at + title.Length);
            }
        }
        return false;
    }

    /// <summary>One person's name: a transliterated name with its dot (斯蒂芬·佩里) or a Chinese one, not followed by another.</summary>
    private static bool IsOneName(string body, int at)
    {
        var end = at;
        while (end < body.Length && (FigureReader.IsHan(body[end]) || body[end] == '·'))
        {
            end++;
        }
        var foreign = body.AsSpan(at, end - at).IndexOf('·') > 0;
        var name = foreign ? body[at..end] : PersonName.At(body, at);
        var after = at + (name?.Length ?? 0);
        return name is not null && (after >= body.Length || body[after] is not ('、' or '和' or '与'));
    }
}
