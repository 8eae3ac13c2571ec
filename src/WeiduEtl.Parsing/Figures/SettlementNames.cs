namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// Village and town names built on a numeral and a measure word (五亩乡, 八所村, 三棵树镇) and the bodies named after them
/// (五亩法庭, 五亩派出所): a measure word that counts land, trees, beasts or rooms, right before a settlement's suffix, is a
/// letter of the name, since a village is never counted with it. The same word standing alone elsewhere in the article is
/// that name too (下辖五亩、朱阳两个乡镇). 所 counts schools and stations, so before a body (两所派出所) and before the institution
/// of a village or a town (三所村小, 两所乡镇卫生院) it still counts.
/// </summary>
internal static class SettlementNames
{
    /// <summary>Measure words that never count a settlement: of land, trees, beasts, rooms, machines, wells; 所 only before a settlement.</summary>
    public const string NameUnits = "亩间头棵株台门眼所";

    private static readonly string[] Settlements = ["村", "镇", "乡", "庄", "屯"];

    private static readonly string[] Bodies = ["派出所", "法庭", "街道", "社区"];

    /// <summary>Characters after a settlement's suffix that make it the start of an institution's or a people's noun (村小, 乡镇, 村民, 镇中学).</summary>
    private const string InstitutionStarts = "小级医卫幼学办中镇村道路庄民";

    private const string ListJoints = "、和与及";

    public static bool IsInsideName(string body, FigureCandidate figure)
    {
        if (!figure.Chinese || figure.Start != figure.NumberStart || figure.Unit is not { Length: 1 } unit
            || !NameUnits.Contains(unit[0], StringComparison.Ordinal))
        {
            return false;
        }
        var end = figure.NumberStart + figure.NumberText.Length + 1;
        if (end > body.Length || body[end - 1] != unit[0])
        {
            return false;
        }
        if (OpensName(body, end, unit[0]))
        {
            return true;
        }
        if (end < body.Length && FigureReader.IsHan(body[end]) && !ListJoints.Contains(body[end], StringComparison.Ordinal))
        {
            return false;
        }
        return NamedElsewhere(body, body[figure.NumberStart..end], figure.NumberStart);
    }

    /// <summary>
    /// The body from <paramref name="start"/> to <paramref name="end"/> with the numerals of such names masked, so a list of
    /// places that holds one still sums up (五亩、朱阳、苏村三个乡镇).
    /// </summary>
    public static string Masked(string body, int start, int end)
    {
        var text = body.ToCharArray(start, end - start);
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (ChineseNumeral.IsChineseDigit(text[i]) && NameUnits.Contains(text[i + 1], StringComparison.Ordinal) && NamedElsewhere(body, body.Substring(start + i, 2), start + i))
            {
                text[i] = text[i + 1] = '某';
            }
        }
        return new string(text);
    }

    private static bool NamedElsewhere(string body, string word, int except)
    {
        for (var at = body.IndexOf(word, StringComparison.Ordinal); at >= 0; at = body.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            if (at != except && OpensName(body, at + word.Length, word[^1]))
            {
                return true;
            }
        }
        return false;
    }

    private static bool OpensName(string body, int at, char unit)
    {
        if (body.WordAt(at, Bodies) is not null)
        {
            return unit != '所';
        }
        return body.WordAt(at, Settlements) is not null
            && (at + 1 >= body.Length || !InstitutionStarts.Contains(body[at + 1], StringComparison.Ordinal) || body.HoldsAt(at, "村委会"));
    }
}
