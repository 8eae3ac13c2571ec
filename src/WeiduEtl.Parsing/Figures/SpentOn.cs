namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// 花2万余元购买了一套课程, 出资300万元用于修建村道: an amount followed by a verb of buying or spending on pays for what
/// that verb names; its label is the verb with its object (购买一套课程, 用于修建村道), not the payer before it. A share
/// followed by one (有80%将用于设施改造) is the share spent on it.
/// </summary>
internal static class SpentOn
{
    private static readonly string[] Verbs = ["购买", "购置", "购进", "采购", "买下", "买了", "买", "用于", "用来", "支付", "偿还", "租下", "租用"];

    private static readonly string[] Modals = ["将主要", "主要", "将", "会", "要", "可", "被"];

    private const int ObjectMaxLength = 12;

    /// <param name="body">The article body.</param>
    /// <param name="end">Where the amount ends.</param>
    /// <param name="objectAt">Reads the noun run at a position, up to a given length, or null.</param>
    public static string? Find(string body, int end, Func<int, int, string?> objectAt)
    {
        // 有80%将用于…: a modal may stand between the amount and the verb.
        end += body.WordAt(end, Modals)?.Length ?? 0;
        if (body.WordAt(end, Verbs) is not { } verb)
        {
            return null;
        }
        var at = end + verb.Length;
        // 购买了: the aspect marker belongs to the verb.
        if (at < body.Length && body[at] == '了' && verb[^1] != '了')
        {
            at++;
        }
        return objectAt(at, ObjectMaxLength) is { } thing ? verb.TrimEnd('了') + thing : null;
    }
}
